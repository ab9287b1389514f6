# max_workers must be positive; the default is min(32, cpu_count + 4).
from concurrent.futures import ThreadPoolExecutor
import os

for n in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=n)
    except ValueError as e:
        print("ValueError:", e)
e = ThreadPoolExecutor()
print(e._max_workers == min(32, (os.cpu_count() or 1) + 4))
e.shutdown()
try:
    ThreadPoolExecutor(1, initializer=5)
except TypeError as e:
    print("TypeError:", e)
