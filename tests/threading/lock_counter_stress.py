# 200 threads add to a counter under a lock: nothing is lost.
import threading

lock = threading.Lock()
counter = 0

def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1

threads = [threading.Thread(target=add, args=(100,)) for _ in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
