# The waiter waits on a Condition that nobody notifies.
import threading

ready = threading.Condition()
items = []


def waiter():
    with ready:
        while not items:
            ready.wait()
    print(items)


t = threading.Thread(target=waiter)
t.start()
items.append(1)  # forgot ready.notify()
t.join()
