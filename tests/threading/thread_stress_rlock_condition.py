# 200 threads wait on one Condition over an RLock and are released in turn.
import threading

cond = threading.Condition(threading.RLock())
state = {"turn": 0}
order = []

def work(i):
    with cond:
        with cond:
            cond.wait_for(lambda: state["turn"] == i)
            order.append(i)
            state["turn"] += 1
            cond.notify_all()

threads = [threading.Thread(target=work, args=(i,)) for i in range(200)]
for t in reversed(threads):
    t.start()
for t in threads:
    t.join()
print(order == list(range(200)))
