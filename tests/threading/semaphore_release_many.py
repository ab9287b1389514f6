# release(n) wakes n waiting threads at once.
import threading

sem = threading.Semaphore(0)
got = []
lock = threading.Lock()

def taker(i):
    sem.acquire()
    with lock:
        got.append(i)

threads = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
sem.release(4)
for t in threads:
    t.join()
print(sorted(got))
