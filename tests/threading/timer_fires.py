# A Timer calls its function after the interval, with args and kwargs.
import threading

out = []
t = threading.Timer(0.01, out.append, args=["fired"])
print(t.name.startswith("Thread-"), t.interval, t.args, t.kwargs)
t.start()
t.join()
print(out, t.finished.is_set())

def report(a, b=0):
    out.append(a + b)

t2 = threading.Timer(0, report, [1], {"b": 2})
t2.start()
t2.join()
print(out)
