# A thread waits in acquire(timeout=...) until another thread releases.
import threading

lock = threading.Lock()
lock.acquire()
out = []

def waiter():
    out.append(lock.acquire(timeout=10))

t = threading.Thread(target=waiter)
t.start()
threading.Event().wait(0.01)
lock.release()
t.join()
print(out, lock.locked())
