# Several threads blocked in get() each receive one item.
import queue
import threading

q = queue.Queue()
got = []
lock = threading.Lock()

def taker():
    item = q.get()
    with lock:
        got.append(item)

threads = [threading.Thread(target=taker) for _ in range(6)]
for t in threads:
    t.start()
for i in range(6):
    q.put(i)
for t in threads:
    t.join()
print(sorted(got), q.empty())
