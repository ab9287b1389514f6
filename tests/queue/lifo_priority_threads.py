# LifoQueue and PriorityQueue work between threads as Queue does.
import queue
import threading

pq = queue.PriorityQueue()
workers = [threading.Thread(target=pq.put, args=((p, "job%d" % p),)) for p in (5, 2, 8, 1)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print([pq.get()[1] for _ in range(4)])
lq = queue.LifoQueue()
t = threading.Thread(target=lambda: [lq.put(i) for i in range(3)])
t.start()
t.join()
print([lq.get() for _ in range(3)])
