# _thread.RLock: reentrant, owned by one thread, CPython's errors.
import _thread

r = _thread.RLock()
try:
    r.release()
except RuntimeError as error:
    print("RuntimeError:", error)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(), r._is_owned())
print("count=2" in repr(r), repr(r).startswith("<locked _thread.RLock object owner="))
r.release()
r.release()
print(r._is_owned())
with r:
    with r:
        print("nested", r._is_owned())
done = _thread.allocate_lock()
done.acquire()
result = []


def other():
    result.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as error:
        result.append(str(error))
    done.release()


r.acquire()
_thread.start_new_thread(other, ())
done.acquire()
print(result)
state = r._release_save()
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._is_owned())
r.release()
print(r.acquire(timeout=0.01))
r.release()
