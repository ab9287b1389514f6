print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=3)))
print(list(zip("ab", [1, 2, 3])), list(zip([1], [2], [3])))
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
