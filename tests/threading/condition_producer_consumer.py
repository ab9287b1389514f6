# Condition: consumers wait for items a producer adds and notifies.
import threading

cond = threading.Condition()
items = []
consumed = []

def consumer():
    for _ in range(5):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))

def producer():
    for i in range(10):
        with cond:
            items.append(i)
            cond.notify()

consumers = [threading.Thread(target=consumer) for _ in range(2)]
for c in consumers:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in consumers:
    c.join()
print(sorted(consumed), items)
