# Ctrl-C while the main thread waits in Thread.join(), with and without a
# timeout. (After an interrupted join, CPython 3.11 takes the thread for
# stopped although it still runs, so this test does not ask is_alive().)
import threading
from _ctrl_c import ctrl_c

release = threading.Event()


def worker():
    release.wait(10)


for timeout in (None, 10):
    thread = threading.Thread(target=worker)
    thread.start()
    timer = ctrl_c()
    try:
        timer.start()
        thread.join(timeout)
        print("join returned")
    except KeyboardInterrupt:
        print("KeyboardInterrupt in join, timeout", timeout)
    timer.join()
release.set()
print("released")
