# One thread, a plain Lock taken twice: it waits for itself.
import threading

lock = threading.Lock()
lock.acquire()
print("first acquire")
lock.acquire()
print("never printed")
