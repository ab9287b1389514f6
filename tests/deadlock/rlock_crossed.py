# RLocks deadlock too when taken in opposite orders.
import threading

a = threading.RLock()
b = threading.RLock()
barrier = threading.Barrier(2)


def one():
    with a:
        barrier.wait()
        with b:
            pass


def two():
    with b:
        barrier.wait()
        with a:
            pass


t1 = threading.Thread(target=one, name="one")
t2 = threading.Thread(target=two, name="two")
t1.start()
t2.start()
t1.join()
t2.join()
