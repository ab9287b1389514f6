print(sorted([3, 1.5, True, -2, 0.0]), max(1, 1.0), min(1.0, 1), sorted([2, 1], key=float))
print(sorted(["b", "a"], key=None), sorted([[2], [1, 5]]))
