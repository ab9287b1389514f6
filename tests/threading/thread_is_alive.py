# is_alive: False before start, True while running, False after.
import threading

started = threading.Event()
release = threading.Event()

def work():
    started.set()
    release.wait()

t = threading.Thread(target=work)
print("before start", t.is_alive())
t.start()
started.wait()
print("running", t.is_alive())
release.set()
t.join()
print("after join", t.is_alive())
