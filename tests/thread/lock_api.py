# The lock type: acquire/release, timeouts, errors, `with`.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, _thread.error is RuntimeError)
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(timeout=0.05), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as error:
    print("RuntimeError:", error)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
lock.acquire()
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()
for args, kwargs in [((1, 2, 3), {}), ((False, 1), {}), ((True, -2), {}), (("x",), {}),
                     ((), {"timeout": -2}), ((), {"timeout": 1e100}), ((), {"timeout": float("nan")}),
                     ((), {"nope": 1}), ((False,), {"timeout": -1})]:
    try:
        print(lock.acquire(*args, **kwargs))
        lock.release()
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__ + ":", error)
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
try:
    _thread.LockType()
except TypeError as error:
    print("TypeError:", error)
print(_thread.TIMEOUT_MAX)
