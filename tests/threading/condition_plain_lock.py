# A Condition built on a plain Lock, shared by two conditions.
import threading

lock = threading.Lock()
not_empty = threading.Condition(lock)
not_full = threading.Condition(lock)
buffer = []
out = []

def producer():
    for i in range(20):
        with not_full:
            while len(buffer) >= 3:
                not_full.wait()
            buffer.append(i)
            not_empty.notify()

def consumer():
    for _ in range(20):
        with not_empty:
            while not buffer:
                not_empty.wait()
            out.append(buffer.pop(0))
            not_full.notify()

threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out == list(range(20)), buffer)
