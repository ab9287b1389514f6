t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2], (1,), (), tuple([1, 2]))
a, b, c = t
print(a, b, c)
print(t + (4,), (0,) * 3, t.index("two"), t.count(1), 1 in t)
print((1, 2) == (1, 2), (1, 2) < (1, 2, 3), hash((1, 2)) == hash((1, 2)))
