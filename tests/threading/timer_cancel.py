# cancel() before the interval ends: the function never runs.
import threading

out = []
t = threading.Timer(10, out.append, args=["fired"])
t.start()
t.cancel()
t.join()
print(out, t.is_alive())
t2 = threading.Timer(0.01, out.append, args=["second"])
t2.cancel()
t2.start()
t2.join()
print(out)
