# The group argument must be None.
import threading

try:
    threading.Thread(group="g")
except AssertionError as e:
    print("AssertionError:", e)

class NoInit(threading.Thread):
    def __init__(self):
        pass

try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
