# 200 threads add to shared counters under a Lock and an RLock while each
# makes plenty of garbage (lists, dicts, strings, reference cycles), so the
# collector runs while they switch: no update is lost, nothing crashes.
import threading

THREADS = 200
ROUNDS = 25

lock = threading.Lock()
rlock = threading.RLock()
counter = 0
per_name = {}
checksums = []


def garbage(n, i):
    # Short-lived objects of every kind, some of them in cycles.
    items = [{"n": n, "i": i, "s": str(n * i)} for _ in range(8)]
    node = [items, None]
    node[1] = node  # a cycle only the collector can free
    text = "-".join(str(k) for k in range(i % 7 + 3))
    return len(items) + len(text)


def add_one(name):
    with rlock:  # re-entered: a nested acquire of the same RLock
        per_name[name] = per_name.get(name, 0) + 1


def worker(n):
    global counter
    total = 0
    for i in range(ROUNDS):
        total += garbage(n, i)
        with lock:
            counter += 1
        with rlock:
            add_one("thread-%d" % (n % 10))
    with lock:
        checksums.append(total)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("counter:", counter, "expected:", THREADS * ROUNDS)
print("per name:", sorted(per_name.items()))
print("sum per name:", sum(per_name.values()))
print("checksums:", len(checksums), sum(checksums))
print("rlock free:", rlock.acquire(blocking=False))
