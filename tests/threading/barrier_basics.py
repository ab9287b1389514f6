# Barrier: every party waits for the others; each gets a distinct index.
import threading

barrier = threading.Barrier(4)
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = []
lock = threading.Lock()

def party():
    i = barrier.wait()
    with lock:
        indices.append(i)

threads = [threading.Thread(target=party) for _ in range(3)]
for t in threads:
    t.start()
while barrier.n_waiting < 3:
    threading.Event().wait(0.001)
print(barrier.n_waiting)
indices.append(barrier.wait())
for t in threads:
    t.join()
print(sorted(indices), barrier.n_waiting, barrier.broken)
