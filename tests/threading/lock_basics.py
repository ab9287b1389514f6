# Lock: acquire, release, locked, non-blocking acquire, with.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire())
print(lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.ThreadError is RuntimeError)
