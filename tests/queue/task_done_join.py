# task_done() for each item, join() waits until all are done.
import queue
import threading

q = queue.Queue()
done = []

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * 2)
        q.task_done()

t = threading.Thread(target=worker)
t.start()
for i in range(10):
    q.put(i)
q.join()
print(sorted(done), q.unfinished_tasks)
q.put(None)
q.join()
t.join()
