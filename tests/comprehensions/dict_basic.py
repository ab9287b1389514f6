print({k: v for k, v in [("a", 1), ("b", 2)]})
print({x: x * x for x in range(4) if x})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({k: 0 for k in "aab"})
