# gil.reset_stats() starts every count again from zero: ended threads are
# forgotten, live ones count only what happens after the reset, and a wait
# going on during the reset counts from the reset on.
import _thread
import gil
import threading
import time


def finished():
    while _thread._count() > 0:
        time.sleep(0.001)


thread = threading.Thread(target=time.sleep, args=(0.01,))
thread.start()
thread.join()
finished()
print(list(gil.stats()))
print(gil.reset_stats())
stats = gil.stats()
print(list(stats))
main = stats["MainThread"]
print(main["acquisitions"], main["forced_drops"], main["voluntary_releases"])
print(main["waited"], main["max_wait"], main["blocked"])
print(main["held"] >= 0.0)

lock = _thread.allocate_lock()
lock.acquire()
done = _thread.allocate_lock()
done.acquire()


def waiter():
    lock.acquire()  # until the main thread releases it, after the reset
    done.release()


_thread.start_new_thread(waiter, ())
while gil.stats()["_thread-2"]["blocked"].get("lock", 0.0) == 0.0:
    time.sleep(0.001)
gil.reset_stats()
lock.release()
done.acquire()
finished()
numbers = gil.stats()["_thread-2"]
print(0.0 <= numbers["blocked"].get("lock", 0.0) < 60.0)
print(0.0 <= numbers["waited"] < 60.0, 0.0 <= numbers["held"] < 60.0)
print(numbers["acquisitions"] <= 1 + numbers["voluntary_releases"] + numbers["forced_drops"])
