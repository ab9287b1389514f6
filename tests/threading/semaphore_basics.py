# Semaphore: a counter; acquire blocks at zero.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False))
print(s.acquire(timeout=0.02))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
with s:
    print("inside with", s.acquire(False))
print(s.acquire(False))
