# A thread takes a lock and ends without releasing it.
import threading

lock = threading.Lock()
t = threading.Thread(target=lock.acquire, name="taker")
t.start()
t.join()
print("taker ended")
with lock:
    print("never printed")
