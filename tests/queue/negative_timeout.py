# A negative timeout is a ValueError.
import queue

q = queue.Queue(maxsize=1)
for call in (lambda: q.get(timeout=-1), lambda: (q.put(0), q.put(1, timeout=-0.5))):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
u = queue.Queue()
u.put(1, timeout=-1)
print(u.qsize())
