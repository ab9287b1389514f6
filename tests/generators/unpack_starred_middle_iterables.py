first, *middle, last = range(6)
print(first, middle, last)
a, (b, *c), d = 1, "xyz", 4
print(a, b, c, d)
(x, y), z = iter([(1, 2), 3])
print(x, y, z)
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
