# add_done_callback: called when the future finishes, or at once if done.
from concurrent.futures import Future

calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.result())))
print(calls)
f.set_result(5)
print(calls)
f.add_done_callback(lambda fut: calls.append(("late", fut.done())))
print(calls)
c = Future()
c.add_done_callback(lambda fut: calls.append(("cancelled", fut.cancelled())))
c.cancel()
print(calls[-1])
