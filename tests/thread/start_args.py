# start_new_thread: positional and keyword arguments, errors, idents.
import _thread

done = _thread.allocate_lock()
done.acquire()
seen = {}


def worker(a, b, c=0, *, d=0):
    seen["args"] = (a, b, c, d)
    seen["ident"] = _thread.get_ident()
    seen["native"] = _thread.get_native_id()
    done.release()


ident = _thread.start_new_thread(worker, (1, 2), {"c": 3, "d": 4})
done.acquire()
print(seen["args"])
print(seen["ident"] == ident, ident != _thread.get_ident())
print(seen["native"] != _thread.get_native_id())
print(isinstance(ident, int))
for args in [(1, ()), (worker, [1]), (worker, (), []), (worker,)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as error:
        print("TypeError:", error)
print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as error:
    print("ValueError:", error)
print(_thread._daemon_threads_allowed() if hasattr(_thread, "_daemon_threads_allowed") else True)
