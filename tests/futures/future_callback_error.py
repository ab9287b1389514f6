# A failing callback is logged ("exception calling callback for ...") and
# the other callbacks still run.
from concurrent.futures import Future

calls = []

def bad(fut):
    raise ZeroDivisionError("in callback")

f = Future()
f.add_done_callback(bad)
f.add_done_callback(lambda fut: calls.append("after bad"))
f.set_result(1)
print(calls)
