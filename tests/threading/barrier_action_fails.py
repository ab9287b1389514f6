# An action that raises breaks the barrier; the raising thread gets the error.
import threading

def action():
    raise ValueError("action failed")

barrier = threading.Barrier(2, action=action)
got = []

def party():
    try:
        barrier.wait()
        got.append("passed")
    except threading.BrokenBarrierError:
        got.append("broken")
    except ValueError as e:
        got.append("ValueError " + str(e))

threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(got), barrier.broken)
