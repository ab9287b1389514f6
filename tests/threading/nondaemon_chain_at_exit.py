# A non-daemon thread started during shutdown by another is waited for too.
# (The Events only fix the order of the prints.)
import threading
import time

main_done = threading.Event()
first_done = threading.Event()

def second():
    first_done.wait()
    time.sleep(0.02)
    print("second done")

def first():
    main_done.wait()
    time.sleep(0.02)
    threading.Thread(target=second).start()
    print("first done")
    first_done.set()

threading.Thread(target=first).start()
print("main done")
main_done.set()
