print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([0.1] * 10), sum((True, True, False)))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
