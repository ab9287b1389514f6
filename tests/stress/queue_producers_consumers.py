# 100 producers and 100 consumers share one bounded queue.Queue while they
# make garbage: every item put is taken exactly once, task_done and join
# agree, and no thread is left behind.
import queue
import threading

PRODUCERS = 100
CONSUMERS = 100
ITEMS = 20  # per producer

work = queue.Queue(maxsize=16)
received = []  # (producer, index) pairs, one list per consumer, merged at the end
received_lock = threading.Lock()


def producer(p):
    for i in range(ITEMS):
        payload = {"producer": p, "index": i, "junk": [str(i) * 20 for _ in range(30)]}
        work.put((p, i, payload))


def consumer(c):
    mine = []
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        p, i, payload = item
        assert payload["producer"] == p and payload["index"] == i
        mine.append((p, i))
        _ = [{"copy": payload["junk"][:]} for _ in range(10)]  # more garbage
        work.task_done()
    with received_lock:
        received.extend(mine)


consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
for thread in consumers + producers:
    thread.start()
for thread in producers:
    thread.join()
work.join()  # every real item was marked done
print("after join: unfinished", work.unfinished_tasks, "size", work.qsize())
for _ in range(CONSUMERS):
    work.put(None)  # one stop sign per consumer
for thread in consumers:
    thread.join()
print("received:", len(received), "expected:", PRODUCERS * ITEMS)
print("distinct:", len(set(received)))
print("complete:", sorted(received) == [(p, i) for p in range(PRODUCERS) for i in range(ITEMS)])
print("empty at the end:", work.empty(), work.unfinished_tasks)
