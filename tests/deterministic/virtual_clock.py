# Under the deterministic policy time is virtual: sleeps and timeouts take
# exactly as long as asked on time.monotonic() (and time.time()), and no
# real time at all, whatever the machine.
import queue
import threading
import time

start = time.monotonic()
wall_start = time.time()


def elapsed():
    return round(time.monotonic() - start, 6)


time.sleep(2.5)
print("sleep(2.5):", elapsed())
print("time.time() moved as much:", round(time.time() - wall_start, 3))

event = threading.Event()
print("Event.wait(0.25):", event.wait(0.25), elapsed())

lock = threading.Lock()
lock.acquire()
print("Lock.acquire(timeout=1):", lock.acquire(timeout=1), elapsed())

try:
    queue.Queue().get(timeout=0.5)
except queue.Empty:
    print("Queue.get(timeout=0.5): Empty", elapsed())

condition = threading.Condition()
with condition:
    print("Condition.wait(0.125):", condition.wait(0.125), elapsed())


def napper(name, seconds):
    time.sleep(seconds)
    print(name, "woke at", elapsed())


threads = [threading.Thread(target=napper, args=(name, seconds)) for name, seconds in (("slow", 3), ("fast", 1))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("both joined at", elapsed())
timer = threading.Timer(0.75, lambda: print("timer fired at", elapsed()))
timer.start()
timer.join()
