t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t[1:], t[::-1], len(t), t + (4,), t * 2)
print((1,), (), tuple("ab"), tuple([1]), 2 in t, (1, 2) < (1, 3))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "v"}[(1, 2)])
