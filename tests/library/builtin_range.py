print(list(range(5)), list(range(2, 5)), list(range(10, 0, -2)), list(range(0)))
r = range(1, 10, 3)
print(r, r[1], r[-1], len(r), 7 in r, 8 in r, r.index(4), r.start, r.stop, r.step)
print(range(5)[1:3], range(3) == range(0, 3), list(range(-3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
