# From the seed notes on daemon threads: a daemon thread does background
# work and is stopped where it stands when the main program ends; a
# non-daemon thread is waited for. A daemon created by a daemon is a daemon.
import threading
import time

seconds = 60

def keepalive():
    # Background work that would never end by itself.
    while True:
        time.sleep(0.1)

def spawn_child():
    child = threading.Thread(target=time.sleep, args=(seconds,))
    print("a thread made by a daemon thread is a daemon too:", child.daemon)
    child.start()

if __name__ == "__main__":
    t = threading.Thread(target=time.sleep, args=(seconds,), daemon=True)
    t.start()
    threading.Thread(target=keepalive, daemon=True).start()
    parent = threading.Thread(target=spawn_child, daemon=True)
    parent.start()
    parent.join()

    worker = threading.Thread(target=time.sleep, args=(0.5,))
    worker.start()
    try:
        worker.daemon = True
    except RuntimeError as e:
        print("RuntimeError:", e)

    print("daemon threads alive:", sorted(th.daemon for th in threading.enumerate()))
    print("main ends: Python waits for the worker, not for the daemons")
