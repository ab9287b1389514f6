# 200 threads put and get through one bounded queue.
import queue
import threading

q = queue.Queue(maxsize=10)
received = []
lock = threading.Lock()

def producer(i):
    q.put(i)

def consumer():
    item = q.get()
    with lock:
        received.append(item)
    q.task_done()

threads = []
for i in range(200):
    threads.append(threading.Thread(target=producer, args=(i,)))
    threads.append(threading.Thread(target=consumer))
for t in threads:
    t.start()
for t in threads:
    t.join()
q.join()
print(len(received), sorted(received) == list(range(200)), q.empty())
