# "with lock" releases the lock even when the block raises.
import threading

lock = threading.Lock()
try:
    with lock:
        raise KeyError("inside")
except KeyError as e:
    print("caught", e)
print(lock.locked())
