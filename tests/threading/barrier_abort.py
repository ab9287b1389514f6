# abort() breaks the barrier: waiting and later wait() calls raise.
import threading

barrier = threading.Barrier(3)
errors = []

def party():
    try:
        barrier.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)

threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
while barrier.n_waiting < 2:
    threading.Event().wait(0.001)
barrier.abort()
for t in threads:
    t.join()
print(errors, barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("still broken")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
barrier.reset()
print(barrier.broken)
