print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]))
print(any(x > 2 for x in range(4)), all(x < 4 for x in range(4)))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
