print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3, 1}), sorted([3, 1], reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), list(reversed([1, 2, 3])), list(reversed("ab")))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
