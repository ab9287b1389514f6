d = {"x": 1, "y": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["z"] = 3
print(list(k), list(v), list(it), len(k))
print("x" in k, 3 in v, ("y", 2) in it)
print(k & {"x", "q"}, sorted(k | {"q"}), sorted(k - {"x"}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
