# 200 tasks on 8 workers, all sharing a lock-protected counter.
from concurrent.futures import ThreadPoolExecutor, as_completed
import threading

lock = threading.Lock()
count = [0]

def task(n):
    for _ in range(10):
        with lock:
            count[0] += 1
    return n

with ThreadPoolExecutor(max_workers=8) as executor:
    fs = [executor.submit(task, n) for n in range(200)]
    total = sum(f.result() for f in as_completed(fs))
print(total, count[0])
