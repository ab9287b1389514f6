# get/put with a timeout wait that long, then raise Empty/Full.
import queue

q = queue.Queue(maxsize=1)
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("get timed out")
q.put(1)
try:
    q.put(2, timeout=0.02)
except queue.Full:
    print("put timed out")
try:
    q.put(2, True, 0)
except queue.Full:
    print("put zero timeout")
print(q.get(timeout=1))
