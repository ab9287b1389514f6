a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, 1, 5), a.count(2), a.count(9))
try:
    a.index(2, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(a.index(1, -2), [[1], [2]].index([2]), [1.0, 2].count(1))
