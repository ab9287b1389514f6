# wait(timeout) returns True when another thread sets the flag in time.
import threading

e = threading.Event()
t = threading.Timer(0.01, e.set)
t.start()
print(e.wait(10))
t.join()
