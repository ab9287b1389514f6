# From the seed notes on concurrency: a ThreadPoolExecutor in a with block
# ("thread.join is handled automatically"), a Lock for the shared total, a
# queue.Queue between producer and consumers, print(..., flush=True), and
# the logging format the notes recommend:
#     "%(relativeCreated)6d %(threadName)s %(message)s"
import logging
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor

logging.basicConfig(
    format="%(relativeCreated)6d %(threadName)s %(message)s", level=logging.DEBUG
)

total = 0
total_lock = threading.Lock()

def download(n):
    logging.debug("downloading page %d", n)
    time.sleep(0.05)          # waiting for the network: the GIL is free
    with total_lock:
        global total
        total += n
    return n * 100

def consumer(q):
    while True:
        item = q.get()
        if item is None:
            break
        logging.info("consumed %s", item)
        q.task_done()

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as executor:
        sizes = list(executor.map(download, range(6)))
    print("sizes:", sizes, "total:", total, flush=True)

    q = queue.Queue()
    c = threading.Thread(target=consumer, args=(q,), name="consumer")
    c.start()
    for word in ["spam", "eggs", "ham"]:
        q.put(word)
    q.join()
    q.put(None)
    c.join()
    logging.warning("done")
