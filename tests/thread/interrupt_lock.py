# interrupt_main() while the main thread waits on a lock.
import _thread
import time

lock = _thread.allocate_lock()
lock.acquire()


def interrupter():
    time.sleep(0.1)
    _thread.interrupt_main()
    time.sleep(0.3)
    lock.release()


_thread.start_new_thread(interrupter, ())
try:
    lock.acquire()
    for i in range(100):
        pass
    print("no interrupt")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
time.sleep(0.5)
print(lock.acquire(timeout=1))
