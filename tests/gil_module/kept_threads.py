# gil.stats() keeps the last 1000 threads that ended: a program that starts
# thread after thread does not fill memory with them. (Plain _thread
# threads, shown as "_thread-N": cheap enough to start a thousand.)
import _thread
import gil
import time


def work():
    pass


for i in range(1003):
    _thread.start_new_thread(work, ())
    while _thread._count() > 0:  # until it has ended: they end in order
        time.sleep(0.0005)
names = list(gil.stats())
print(len(names), names[:2], names[-1])
