it = iter([1])
print(next(it))
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
