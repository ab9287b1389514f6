it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
it = iter("ab")
print(type(it).__name__, list(it))
print(iter(it) is it)
d = iter({"a": 1})
print(next(d))
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", repr(e))
