# Ctrl-C while the main thread waits in queue.Queue.get() or put(), with
# and without a timeout; the queue still works afterwards (its mutex was
# released on the way out).
import queue
from _ctrl_c import ctrl_c


def interrupted(name, wait):
    timer = ctrl_c()
    try:
        timer.start()
        result = wait()
        print(name, "returned", result)
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt")
    timer.join()


empty = queue.Queue()
interrupted("get()", lambda: empty.get())
interrupted("get(timeout=10)", lambda: empty.get(timeout=10))
empty.put("item")
print("then get():", empty.get(), empty.qsize())

full = queue.Queue(maxsize=1)
full.put(1)
interrupted("put()", lambda: full.put(2))
interrupted("put(timeout=10)", lambda: full.put(2, timeout=10))
print("then get():", full.get(), full.qsize())
