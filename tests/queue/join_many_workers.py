# join() returns when the workers have marked every item done.
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        with lock:
            processed.append(item)
        q.task_done()

for _ in range(4):
    threading.Thread(target=worker, daemon=True).start()
for item in range(40):
    q.put(item)
q.join()
print(len(processed), sorted(processed) == list(range(40)))
