# A wait() that times out breaks the barrier for everyone.
import threading

barrier = threading.Barrier(2, timeout=0.02)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("explicit timeout, broken:", b2.broken)
