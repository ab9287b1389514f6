# A thread runs its target with args and kwargs; join waits for it.
import threading

results = []

def worker(a, b, scale=1):
    results.append((a + b) * scale)

t = threading.Thread(target=worker, args=(1, 2), kwargs={"scale": 10})
t.start()
t.join()
print(results)
t2 = threading.Thread(target=worker, args=[3, 4])
t2.start()
t2.join()
print(results)
print(t.start.__name__, t.join() is None)
