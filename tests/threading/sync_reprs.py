# The reprs of Semaphore, BoundedSemaphore, Event and Barrier (the
# address cut out).
import threading

def show(obj):
    text = repr(obj)
    start = text.index(" at ")
    end = text.index(":", start)
    print(text[:start] + text[end:])

s = threading.Semaphore(3)
show(s)
s.acquire()
show(s)
b = threading.BoundedSemaphore(2)
b.acquire()
show(b)
e = threading.Event()
show(e)
e.set()
show(e)
bar = threading.Barrier(3)
show(bar)
bar.abort()
show(bar)
