# Items a PriorityQueue cannot compare raise TypeError.
import queue

q = queue.PriorityQueue()
q.put(1)
try:
    q.put("a")
except TypeError:
    print("TypeError")
print(q.qsize())
