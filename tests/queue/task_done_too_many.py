# task_done() more often than put() is an error.
import queue

q = queue.Queue()
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
print(q.unfinished_tasks)
