# The usual pattern: results through a shared list indexed per thread.
import threading

def square(values, i, out):
    out[i] = values[i] * values[i]

values = list(range(10))
out = [None] * len(values)
threads = [threading.Thread(target=square, args=(values, i, out)) for i in range(len(values))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(out)
