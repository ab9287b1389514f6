# From the seed notes "Asyncio vs Threading": the threading side of the
# quick reference. Start several threads, join them, and get results back
# through a shared list; then the synchronisation primitives of the table
# (Lock, Event, Queue, Semaphore).
import queue
import threading
import time

items = ["alpha", "beta", "gamma", "delta", "epsilon"]

def process_blocking(item):
    # A blocking call (I/O in real programs): the GIL is released meanwhile.
    time.sleep(0.01)
    return item.upper()

# Starting multiple operations
def process_item(i):
    process_blocking(items[i])

def main():
    threads = [threading.Thread(target=process_item, args=(i,)) for i in range(5)]
    for t in threads: t.start()
    for t in threads: t.join()
    print("all", len(threads), "threads joined")

# Threading pattern: results through a shared list
def worker(item, results, index):
    result = process_blocking(item)
    results[index] = result

def quick_reference():
    threads = []
    results = [None] * len(items)
    for i, item in enumerate(items):
        t = threading.Thread(target=worker, args=(item, results, i))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print(results)

# Synchronisation: with threading.Lock(), event.wait(), queue.get(),
# with threading.Semaphore()
def synchronisation():
    lock = threading.Lock()
    counter = [0]
    event = threading.Event()
    q = queue.Queue()
    slots = threading.Semaphore(2)

    def job(n):
        event.wait()
        with slots:
            with lock:
                counter[0] += n
            q.put(n)

    threads = [threading.Thread(target=job, args=(n,)) for n in range(1, 6)]
    for t in threads: t.start()
    event.set()
    for t in threads: t.join()
    print("counter:", counter[0], "queued:", sorted(q.get() for _ in threads))

if __name__ == "__main__":
    main()
    quick_reference()
    synchronisation()
