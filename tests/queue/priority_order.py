# PriorityQueue: the smallest item first, (priority, data) tuples too.
import queue

q = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
    q.put(item)
print([q.get() for _ in range(4)])
q.put(5)
q.put(-1)
q.put(3)
print(q.get(), q.get(), q.get())
