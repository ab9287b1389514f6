s = {1, 2}
try:
    s | [3]
except TypeError as e:
    print(type(e).__name__, e)
print(s.union([3]), s == frozenset({1, 2}), s.issubset([1, 2, 3]))
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2, 3} - {2} | {9} & {9, 10})
