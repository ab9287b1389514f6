# SimpleQueue: put, get, get_nowait, empty, qsize.
import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put_nowait(2)
q.put(3, block=False, timeout=None)
print(q.qsize(), q.get(), q.get_nowait(), q.get(timeout=1))
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
print(hasattr(q, "task_done"), hasattr(q, "join"))
