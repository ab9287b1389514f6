# The classic pipeline: producers, consumers, a sentinel per consumer.
import queue
import threading

q = queue.Queue(maxsize=5)
total = []
lock = threading.Lock()

def producer(start):
    for i in range(start, start + 50):
        q.put(i)

def consumer():
    s = 0
    while True:
        item = q.get()
        if item is None:
            break
        s += item
    with lock:
        total.append(s)

producers = [threading.Thread(target=producer, args=(k * 50,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(sum(total), sum(range(200)), len(total))
