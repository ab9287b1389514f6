# The virtual clock ends 292 years on: a wait longer than that (up to
# _thread.TIMEOUT_MAX), with nobody else to run, takes the clock to its end,
# where it stops. No reading of it ever wraps round.
import _thread
import threading
import time

start = time.monotonic()
lock = threading.Lock()
lock.acquire()
print("acquire(timeout=TIMEOUT_MAX):", lock.acquire(timeout=_thread.TIMEOUT_MAX))
end = time.monotonic()
print("the clock moved over a billion seconds:", end - start > 1e9)
time.sleep(5)
print("and stopped there:", time.monotonic() == end, time.monotonic_ns() > 0)
print("time.time() did not wrap:", time.time() > 0, time.time_ns() > 0)
print("Event.wait(1):", threading.Event().wait(1))
