# acquire(timeout=...) gives up with False; bad timeouts are ValueErrors.
import threading

lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.02))
print(lock.acquire(True, 0.01))
for args in [(False, 1), (True, -2)]:
    try:
        lock.acquire(*args)
    except ValueError as e:
        print("ValueError:", e)
lock.release()
print(lock.acquire(timeout=0.5))
print(threading.TIMEOUT_MAX > 1000)
