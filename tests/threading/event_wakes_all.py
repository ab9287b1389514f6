# One set() wakes every thread waiting on the Event.
import threading

go = threading.Event()
out = []
lock = threading.Lock()

def runner(i):
    flag = go.wait()
    with lock:
        out.append((i, flag))

threads = [threading.Thread(target=runner, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print(sorted(out))
