# result(timeout) and exception(timeout) raise TimeoutError when not done.
from concurrent.futures import Future, TimeoutError

f = Future()
for call in (f.result, f.exception):
    try:
        call(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
try:
    f.result(0)
except TimeoutError:
    print("zero timeout")
print(TimeoutError is __import__("builtins").TimeoutError)
