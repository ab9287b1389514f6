# The consumer waits for an item nobody will put; the main thread joins it.
import queue
import threading

jobs = queue.Queue()


def consume():
    while True:
        item = jobs.get()
        print("got", item)
        jobs.task_done()


worker = threading.Thread(target=consume, name="consumer")
worker.start()
jobs.put(1)
jobs.join()
worker.join()
