# Two threads take turns, handing over with two Events. Each hand-over sets
# the other's Event and waits on its own on one line, so only one thread
# ever has a line to print: the trace is the same on every run.
import threading

ping = threading.Event()
pong = threading.Event()


def worker():
    ping.wait(); ping.clear()
    print("worker: first turn")
    pong.set(); ping.wait(); ping.clear()
    print("worker: second turn")
    pong.set()


thread = threading.Thread(target=worker); thread.start(); ping.set(); pong.wait(); pong.clear()
print("main: between the turns")
ping.set(); pong.wait(); pong.clear()
thread.join()
print("main: done")
