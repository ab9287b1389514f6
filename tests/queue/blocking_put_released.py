# A put() blocked on a full queue goes through once an item is taken.
import queue
import threading

q = queue.Queue(maxsize=2)
q.put("a")
q.put("b")
out = []

def producer():
    q.put("c")
    out.append("put c")

t = threading.Thread(target=producer)
t.start()
t.join(0.02)
out.append("alive %s" % t.is_alive())
first = q.get()
t.join()
print(out, first, [q.get(), q.get()])
