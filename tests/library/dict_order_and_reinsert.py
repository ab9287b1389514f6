d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
del d["b"]
d["b"] = 4
print(d, list(d), list(reversed(d)))
d["a"] = 99
print(d)
