# Ctrl-C while the main thread waits for a Lock or an RLock, with and
# without a timeout, and in a with statement: KeyboardInterrupt, and the
# lock is not taken.
import threading
from _ctrl_c import ctrl_c

lock = threading.Lock()
lock.acquire()  # held by the main thread itself: only Ctrl-C ends the waits


def interrupted(name, wait):
    timer = ctrl_c()
    try:
        timer.start()
        result = wait()
        print(name, "returned", result)
    except KeyboardInterrupt:
        print(name, "KeyboardInterrupt")
    timer.join()


interrupted("Lock.acquire()", lambda: lock.acquire())
interrupted("Lock.acquire(timeout=10)", lambda: lock.acquire(timeout=10))


def with_lock():
    with lock:
        return "entered"


interrupted("with lock", with_lock)
lock.release()
print("unlocked:", not lock.locked())

# An RLock held by another thread.
rlock = threading.RLock()
holding = threading.Event()
done = threading.Event()


def holder():
    with rlock:
        holding.set()
        done.wait(10)


thread = threading.Thread(target=holder)
thread.start()
holding.wait()
interrupted("RLock.acquire()", lambda: rlock.acquire())
interrupted("RLock.acquire(timeout=10)", lambda: rlock.acquire(timeout=10))
done.set()
thread.join()
print("RLock free again:", rlock.acquire(timeout=10))
rlock.release()
