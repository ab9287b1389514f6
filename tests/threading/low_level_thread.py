# The _thread module: start_new_thread, allocate_lock, get_ident.
import _thread

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
results = []

def work(a, b, c=0):
    with lock:
        results.append(a + b + c)
        results.append(_thread.get_ident() != main_ident)
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print(results, type(ident).__name__)
print(type(lock).__name__, _thread.LockType is type(lock))
print(_thread.error is RuntimeError)
