# Another thread cannot take or release an RLock the main thread owns.
import threading

lock = threading.RLock()
lock.acquire()
lock.acquire()
out = []

def probe():
    out.append(lock.acquire(False))
    try:
        lock.release()
    except RuntimeError as e:
        out.append(str(e))

t = threading.Thread(target=probe)
t.start()
t.join()
print(out)
lock.release()
lock.release()
t = threading.Thread(target=probe)
t.start()
t.join()
print(out[2:])
