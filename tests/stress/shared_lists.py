# 200 threads append to shared lists, one guarded by a lock and one not
# (list.append is atomic under the GIL), and build private lists of
# garbage meanwhile: every append arrives, none twice.
import threading

THREADS = 200
APPENDS = 30

guarded = []
unguarded = []
lock = threading.Lock()
lengths = []


def worker(n):
    private = []
    for i in range(APPENDS):
        private.append([n, i, str(n) + ":" + str(i), {"k": [i] * 50}, [str(k) for k in range(20)]])
        if len(private) > 5:
            private.pop(0)  # garbage: the dropped rows
        with lock:
            guarded.append((n, i))
        unguarded.append((n, i))
    lengths.append(len(private))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
expected = sorted((n, i) for n in range(THREADS) for i in range(APPENDS))
print("guarded:", len(guarded), sorted(guarded) == expected)
print("unguarded:", len(unguarded), sorted(unguarded) == expected)
print("each thread in order:", all(
    [i for m, i in guarded if m == n] == list(range(APPENDS)) for n in (0, 99, 199)))
print("lengths:", len(lengths), set(lengths))
