# A get() blocked on an empty queue returns once an item arrives.
import queue
import threading

q = queue.Queue()
out = []
t = threading.Thread(target=lambda: out.append(q.get()))
t.start()
t.join(0.02)
print(t.is_alive())
q.put("hello")
t.join()
print(out)
