# Ping-pong between two threads: the main thread and a helper bounce a
# token N times, first with two threading.Event objects (what a program
# would write), then with two bare _thread locks (the wake-up alone, without
# threading's Condition machinery). Each bounce is two wake-ups and two
# hand-overs of the GIL, so the mean round trip measures how fast a blocked
# thread gets running again once the other one lets it.
# Prints the mean round-trip times in microseconds (bench/threads.py reads
# the "label = value unit" lines).
import _thread
import threading
import time

N = 5000

ping = threading.Event()
pong = threading.Event()


def event_server():
    for _ in range(N):
        ping.wait()
        ping.clear()
        pong.set()


server = threading.Thread(target=event_server)
server.start()
start = time.perf_counter()
for _ in range(N):
    ping.set()
    pong.wait()
    pong.clear()
event_time = time.perf_counter() - start
server.join()

# Two locks, both held: each side releases the other's lock and blocks on
# its own.
there = _thread.allocate_lock()
back = _thread.allocate_lock()
there.acquire()
back.acquire()
finished = _thread.allocate_lock()
finished.acquire()


def lock_server():
    for _ in range(N):
        there.acquire()
        back.release()
    finished.release()


_thread.start_new_thread(lock_server, ())
start = time.perf_counter()
for _ in range(N):
    there.release()
    back.acquire()
lock_time = time.perf_counter() - start
finished.acquire()

print("pingpong: %d round trips with Events, %d with locks" % (N, N))
print("Event round trip = %.1f us" % (event_time / N * 1e6))
print("lock round trip = %.1f us" % (lock_time / N * 1e6))
