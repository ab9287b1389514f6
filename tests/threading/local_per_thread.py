# threading.local: each thread sees only its own attributes.
import threading

data = threading.local()
data.value = "main"
out = []
lock = threading.Lock()

def work(i):
    before = hasattr(data, "value")
    data.value = i
    threading.Event().wait(0.001)
    with lock:
        out.append((i, before, data.value))

threads = [threading.Thread(target=work, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
print(data.value)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.value
print(hasattr(data, "value"))
