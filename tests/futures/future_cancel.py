# cancel() works on a pending future only; result() then raises CancelledError.
from concurrent.futures import Future, CancelledError

f = Future()
print(f.cancel(), f.cancelled(), f.done(), f.cancel())
try:
    f.result()
except CancelledError as e:
    print("CancelledError", repr(e))
try:
    f.exception()
except CancelledError:
    print("CancelledError from exception()")
print(f.set_running_or_notify_cancel())
r = Future()
r.set_running_or_notify_cancel()
print(r.cancel(), r.cancelled())
d = Future()
d.set_result(1)
print(d.cancel())
print(CancelledError)
