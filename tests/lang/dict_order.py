d = {}
for k in [5, 3, 8, 1]:
    d[k] = k * k
del d[3]
d[3] = "back"
print(d, list(d), sorted(d))
d2 = dict.fromkeys("cab", 0)
print(d2, {**d2, "a": 9})
print({1: "a", True: "b", 1.0: "c"})
