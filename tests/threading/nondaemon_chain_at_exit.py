# A non-daemon thread started during shutdown by another is waited for too.
import threading
import time

def second():
    time.sleep(0.02)
    print("second done")

def first():
    time.sleep(0.02)
    threading.Thread(target=second).start()
    print("first done")

threading.Thread(target=first).start()
print("main done")
