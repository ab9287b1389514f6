# A producer puts items on a queue with pauses between them; the consumer
# waits in Queue.get (blocked on "queue"); the main thread joins both.
import queue
import threading
import time

items = queue.Queue()


def produce():
    for number in range(5):
        time.sleep(0.01)
        items.put(number)
    items.put(None)


def consume():
    total = 0
    while True:
        item = items.get()
        if item is None:
            break
        total += item
    print("total", total)


consumer = threading.Thread(target=consume, name="consumer")
producer = threading.Thread(target=produce, name="producer")
consumer.start()
producer.start()
producer.join()
consumer.join()
