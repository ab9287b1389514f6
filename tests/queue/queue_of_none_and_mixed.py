# Any object goes through a queue, None included.
import queue

q = queue.Queue()
items = [None, 0, "", [], {"a": 1}, (1, 2), 3.5]
for item in items:
    q.put(item)
print([q.get() for _ in items] == items)
