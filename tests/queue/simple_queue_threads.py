# SimpleQueue between threads.
import queue
import threading

q = queue.SimpleQueue()
results = queue.SimpleQueue()

def worker():
    while True:
        n = q.get()
        if n is None:
            return
        results.put(n * n)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for n in range(20):
    q.put(n)
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))
