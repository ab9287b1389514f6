# Long waits that other threads end are not deadlocks: a lock released
# after a while, a join on a sleeping thread, a get on a queue that is
# filled after some computing, a Condition notified late.
import _thread
import queue
import threading
import time

lock = threading.Lock()
lock.acquire()
log = []


def wait_for_lock():
    with lock:
        log.append("lock")


t = threading.Thread(target=wait_for_lock)
t.start()
time.sleep(0.5)
lock.release()
t.join()
print(log)

sleeper = threading.Thread(target=time.sleep, args=(0.5,))
sleeper.start()
sleeper.join()
print("joined the sleeper")

jobs = queue.Queue()
consumer = threading.Thread(target=lambda: print("got", jobs.get()))
consumer.start()
total = 0
deadline = time.monotonic() + 0.5
while time.monotonic() < deadline:
    total += 1
jobs.put("job")
consumer.join()

ready = threading.Condition()
state = []


def waiter():
    with ready:
        while not state:
            ready.wait()
    print("notified", state)


w = threading.Thread(target=waiter)
w.start()
time.sleep(0.5)
with ready:
    state.append(1)
    ready.notify()
w.join()

done = _thread.allocate_lock()
done.acquire()
_thread.start_new_thread(lambda: (time.sleep(0.5), done.release()), ())
done.acquire()
print("released by a _thread thread")
