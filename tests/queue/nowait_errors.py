# get_nowait on an empty queue raises Empty; put_nowait on a full one, Full.
import queue

q = queue.Queue(maxsize=1)
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
q.put_nowait("x")
try:
    q.put_nowait("y")
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put("y", block=False)
except queue.Full:
    print("Full again")
print(q.get(block=False))
try:
    q.get(False)
except queue.Empty:
    print("Empty again")
