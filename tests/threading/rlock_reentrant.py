# RLock: the owner may acquire it again; it needs as many releases.
import threading

lock = threading.RLock()
print(lock.acquire(), lock.acquire())
lock.release()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

def recursive(n):
    with lock:
        if n == 0:
            return 0
        return n + recursive(n - 1)

print(recursive(10))
