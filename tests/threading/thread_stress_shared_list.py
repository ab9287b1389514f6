# 200 threads append to one list (list.append is atomic under the GIL).
import threading

shared = []

def work(i):
    for j in range(20):
        shared.append(i * 20 + j)

threads = [threading.Thread(target=work, args=(i,)) for i in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), sorted(shared) == list(range(4000)))
print(threading.active_count())
