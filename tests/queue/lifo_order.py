# LifoQueue: last in, first out.
import queue

q = queue.LifoQueue()
for word in "abcde":
    q.put(word)
print([q.get() for _ in range(5)])
q2 = queue.LifoQueue(maxsize=2)
q2.put(1)
q2.put(2)
print(q2.full())
try:
    q2.put_nowait(3)
except queue.Full:
    print("Full")
