# Daemon threads are left where they stand when the program ends.
import threading
import time

def forever():
    while True:
        time.sleep(0.01)

started = threading.Event()

def announce():
    started.set()
    forever()

t = threading.Thread(target=announce, daemon=True)
t.start()
started.wait()
print("main ends, daemon still alive:", t.is_alive())
