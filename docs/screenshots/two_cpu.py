# Two CPU-bound threads: each counts to two million. Only the GIL's holder
# runs, so they take turns: every switch interval (5 ms) the waiter asks
# the holder to drop the GIL, and the holder lets go at its next check
# point. Together they take about twice as long as one alone.
import threading


def count():
    total = 0
    while total < 2_000_000:
        total += 1


threads = [threading.Thread(target=count, name="counter-%d" % number) for number in (1, 2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
