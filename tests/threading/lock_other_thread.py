# A thread blocked on a lock runs once the holder releases it; a Lock may
# be released by a thread that did not acquire it.
import threading

lock = threading.Lock()
order = []
lock.acquire()

def waiter():
    with lock:
        order.append("waiter got the lock")

t = threading.Thread(target=waiter)
t.start()
t.join(0.05)
order.append("main releases")
lock.release()
t.join()
print(order)

other = threading.Lock()
other.acquire()
r = threading.Thread(target=other.release)
r.start()
r.join()
print(other.locked())
