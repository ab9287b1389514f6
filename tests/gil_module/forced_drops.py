# Two threads that only compute share the GIL by force: each one, asked by
# the other, drops it at a check point (forced_drops) and then waits to
# get it back (waited, max_wait). Each runs until both have been forced.
import gil
import sys
import threading

sys.setswitchinterval(0.0001)


def forced(name):
    return gil.stats().get(name, {}).get("forced_drops", 0) > 0


def spin():
    total = 0
    while not (forced("A") and forced("B")):
        for i in range(1000):
            total += i


threads = [threading.Thread(target=spin, name=name) for name in "AB"]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
stats = gil.stats()
for name in "AB":
    numbers = stats[name]
    print(name, numbers["forced_drops"] > 0, numbers["acquisitions"] >= 2, numbers["held"] > 0.0)
    print(name, numbers["waited"] > 0.0, 0.0 < numbers["max_wait"] <= numbers["waited"])
