# A producer and a consumer over a queue.Queue: the producer fetches eight
# items (a 4 ms sleep each, as if reading them from a socket) and puts them
# on the queue; the consumer takes each one off and works on it for about
# 1 ms of CPU. The consumer spends most of its time blocked in get(), the
# producer in its sleep; neither holds the GIL while it waits.
import queue
import threading
import time

items = queue.Queue()


def produce():
    for number in range(8):
        time.sleep(0.004)
        items.put(number)
    items.put(None)


def consume():
    while True:
        item = items.get()
        if item is None:
            return
        end = time.perf_counter() + 0.001
        while time.perf_counter() < end:
            pass


consumer = threading.Thread(target=consume, name="consumer")
producer = threading.Thread(target=produce, name="producer")
consumer.start()
producer.start()
producer.join()
consumer.join()
