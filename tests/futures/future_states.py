# A Future by hand: pending, running, finished.
from concurrent.futures import Future

def state(f):
    text = repr(f)
    return text[text.index("state="):]

f = Future()
print(state(f), f.done(), f.running())
print(f.set_running_or_notify_cancel())
print(state(f), f.running())
f.set_result([1, 2])
print(state(f), f.done(), f.result())
g = Future()
g.set_exception(OSError("disk"))
print(state(g), repr(g.exception()))
h = Future()
h.set_result(None)
print(state(h))
