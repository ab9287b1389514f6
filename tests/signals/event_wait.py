# Ctrl-C while the main thread waits in Event.wait(), with and without a
# timeout; the event still works afterwards.
import threading
from _ctrl_c import ctrl_c

event = threading.Event()
for timeout in (None, 10):
    timer = ctrl_c()
    try:
        timer.start()
        print("wait returned", event.wait(timeout))
    except KeyboardInterrupt:
        print("KeyboardInterrupt in Event.wait, timeout", timeout)
    timer.join()

setter = threading.Timer(0.05, event.set)
setter.start()
print("then wait:", event.wait(10))
setter.join()
