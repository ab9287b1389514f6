# reset() while a thread waits: it gets BrokenBarrierError; the barrier
# works again afterwards.
import threading

barrier = threading.Barrier(2)
got = []

def party():
    try:
        barrier.wait()
        got.append("passed")
    except threading.BrokenBarrierError:
        got.append("broken by reset")

t = threading.Thread(target=party)
t.start()
while barrier.n_waiting < 1:
    threading.Event().wait(0.001)
barrier.reset()
t.join()
print(got, barrier.broken)
t = threading.Thread(target=party)
t.start()
print(barrier.wait() in (0, 1))
t.join()
print(got)
