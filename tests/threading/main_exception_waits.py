# An uncaught exception in the main thread still waits for non-daemon
# threads before the program exits with status 1.
import threading
import time

main_said_it = threading.Event()

def worker():
    main_said_it.wait()
    time.sleep(0.05)
    print("worker finished")

threading.Thread(target=worker).start()
print("main raises")
main_said_it.set()
raise ValueError("main failed")
