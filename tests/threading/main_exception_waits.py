# An uncaught exception in the main thread still waits for non-daemon
# threads before the program exits with status 1.
import threading
import time

def worker():
    time.sleep(0.05)
    print("worker finished")

threading.Thread(target=worker).start()
print("main raises")
raise ValueError("main failed")
