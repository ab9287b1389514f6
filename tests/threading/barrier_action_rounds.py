# The action runs once per round; a barrier is reused round after round.
import threading

rounds = []
barrier = threading.Barrier(3, action=lambda: rounds.append("round"))
log = []
lock = threading.Lock()

def party(name):
    for r in range(4):
        with lock:
            log.append((r, name))
        barrier.wait()

threads = [threading.Thread(target=party, args=(n,)) for n in "abc"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(rounds)
print(sorted(log) == sorted((r, n) for r in range(4) for n in "abc"))
