# Two CPU-bound threads share the GIL for about 0.2 s: the switch interval
# makes each ask the other to drop it, again and again (forced switches).
import threading
import time


def spin():
    end = time.perf_counter() + 0.2
    count = 0
    while time.perf_counter() < end:
        count += 1


threads = [threading.Thread(target=spin, name="cpu-%d" % number) for number in (1, 2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("done")
