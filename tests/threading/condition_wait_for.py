# wait_for(predicate) wakes up when another thread makes it true.
import threading

cond = threading.Condition()
state = {"count": 0}

def bump():
    for _ in range(5):
        with cond:
            state["count"] += 1
            cond.notify_all()

t = threading.Thread(target=bump)
with cond:
    t.start()
    result = cond.wait_for(lambda: state["count"] >= 5, timeout=10)
print(result, state["count"])
t.join()
