# Threads that ended stay in gil.stats() under their names, in the order
# they were created: a name used twice is shown as "name #2", a thread that
# threading never named (started by _thread) as "_thread-N". Every
# acquisition but a thread's first follows a release, forced or voluntary.
import _thread
import gil
import threading
import time


def work(n):
    total = 0
    for i in range(n):
        total += i
    time.sleep(0.001)


threads = [threading.Thread(target=work, args=(1000,)),
           threading.Thread(target=work, args=(1000,), name="worker"),
           threading.Thread(target=work, args=(1000,), name="worker")]
for thread in threads:
    thread.start()
_thread.start_new_thread(work, (1000,))
for thread in threads:
    thread.join()
# join() returns once the thread's Python code is done; the OS thread still
# has a few steps to take. Wait until every thread has really ended.
while _thread._count() > 0:
    time.sleep(0.001)
stats = gil.stats()
print(list(stats))
for name, numbers in stats.items():
    releases = numbers["voluntary_releases"] + numbers["forced_drops"]
    print(name, numbers["acquisitions"] == 1 + releases, numbers["held"] > 0.0)
