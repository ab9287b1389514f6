recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted("cba"), sorted({3: 0, 1: 0}))
