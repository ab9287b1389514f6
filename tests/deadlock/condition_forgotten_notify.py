# The waiter waits on a Condition that nobody notifies. The main thread
# takes the Condition's lock before it appends, so the waiter is surely
# inside ready.wait() (which let the lock go) when the item comes.
import threading

ready = threading.Condition()
waiting = threading.Event()
items = []


def waiter():
    with ready:
        waiting.set()
        while not items:
            ready.wait()
    print(items)


t = threading.Thread(target=waiter)
t.start()
waiting.wait()
with ready:
    items.append(1)  # forgot ready.notify()
t.join()
