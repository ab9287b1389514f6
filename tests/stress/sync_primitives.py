# 200 threads meet at a Barrier, wait for one Event, pass a Semaphore that
# lets 8 in at a time and count under a Condition, making garbage all the
# while: the semaphore's bound holds, every thread gets through each
# stage, and the barrier hands out every index once per round.
import threading

THREADS = 200
LIMIT = 8

start = threading.Event()
barrier = threading.Barrier(THREADS)
semaphore = threading.BoundedSemaphore(LIMIT)
condition = threading.Condition()
state = {"inside": 0, "most": 0, "passed": 0}
indexes = [[], []]


def worker(n):
    indexes[0].append(barrier.wait())
    start.wait()
    for i in range(5):
        with semaphore:
            with condition:
                state["inside"] += 1
                state["most"] = max(state["most"], state["inside"])
            junk = [{"n": n, "i": i, "text": str(n) * 10} for _ in range(20)]
            with condition:
                state["inside"] -= 1
                state["passed"] += 1
                condition.notify_all()
    indexes[1].append(barrier.wait())


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for thread in threads:
    thread.start()
start.set()
with condition:
    finished = condition.wait_for(lambda: state["passed"] == THREADS * 5, timeout=60)
for thread in threads:
    thread.join()
print("all passed:", finished, state["passed"])
print("never more than", LIMIT, "inside:", 1 <= state["most"] <= LIMIT, state["inside"])
print("barrier indexes:", [sorted(round_) == list(range(THREADS)) for round_ in indexes])
print("barrier not broken:", not barrier.broken)
