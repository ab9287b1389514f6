# join(timeout) returns after the timeout; is_alive() says whether it ended.
import threading

release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
t.join(0.05)
print("after timeout", t.is_alive())
t.join(0)
print("after zero timeout", t.is_alive())
t.join(-1)
print("after negative timeout", t.is_alive())
release.set()
t.join(5)
print("after end", t.is_alive())
