# notify(n) wakes n waiters, notify_all the rest.
import threading

cond = threading.Condition()
woken = []
waiting = threading.Semaphore(0)

def waiter(i):
    with cond:
        waiting.release()
        cond.wait()
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for _ in threads:
    waiting.acquire()
with cond:
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
    threading.Event().wait(0.001)
print(len(woken))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))
