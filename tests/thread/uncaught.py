# An exception escaping a _thread thread is printed; SystemExit is silent.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()


def quiet():
    try:
        raise SystemExit(3)
    finally:
        done.release()


def exits():
    _thread.exit()


_thread.start_new_thread(quiet, ())
done.acquire()
_thread.start_new_thread(exits, ())
time.sleep(0.1)
print("still running")


def fails(x):
    raise ValueError("boom %d" % x)


_thread.start_new_thread(fails, (7,))
time.sleep(0.2)
print("done")
