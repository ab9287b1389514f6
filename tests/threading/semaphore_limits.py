# A Semaphore(3) lets at most three threads into the block at once.
import threading

sem = threading.Semaphore(3)
lock = threading.Lock()
state = {"inside": 0, "most": 0}
done = []

def work(i):
    with sem:
        with lock:
            state["inside"] += 1
            state["most"] = max(state["most"], state["inside"])
        threading.Event().wait(0.002)
        with lock:
            state["inside"] -= 1
            done.append(i)

threads = [threading.Thread(target=work, args=(i,)) for i in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(state["most"] <= 3, state["inside"], sorted(done) == list(range(12)))
