# full() and maxsize; maxsize <= 0 means unbounded.
import queue

q = queue.Queue(3)
for i in range(3):
    print(q.full(), end=" ")
    q.put(i)
print(q.full(), q.qsize())
u = queue.Queue(-1)
for i in range(100):
    u.put(i)
print(u.full(), u.qsize())
