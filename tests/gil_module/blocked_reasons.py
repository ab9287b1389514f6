# gil.stats() tells why a thread was blocked: Queue.get counts as 'queue',
# Event.wait as 'condition', Thread.join as 'join', a bare lock as 'lock'.
# Each helper thread waits until the main thread is seen blocked for that
# reason before it lets it go, so the output does not depend on timing.
import gil
import queue
import threading
import time


def blocked(reason):
    return gil.stats()["MainThread"]["blocked"].get(reason, 0.0)


def release_when_blocked(reason, release):
    while blocked(reason) == 0.0:
        time.sleep(0.001)
    release()


jobs = queue.Queue()
threading.Thread(target=release_when_blocked, args=("queue", lambda: jobs.put("job"))).start()
print("got", jobs.get())

done = threading.Event()
threading.Thread(target=release_when_blocked, args=("condition", done.set)).start()
print("event set:", done.wait())

joined = threading.Thread(target=release_when_blocked, args=("join", lambda: None))
joined.start()
joined.join()
print("joined:", not joined.is_alive())

lock = threading.Lock()
lock.acquire()
threading.Thread(target=release_when_blocked, args=("lock", lock.release)).start()
lock.acquire()
print("lock taken")

for reason in ("queue", "condition", "join", "lock"):
    print(reason, blocked(reason) > 0.0)
