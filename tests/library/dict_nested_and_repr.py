d = {"list": [1, {"inner": (1, 2)}], 1: "int key", 2.5: None, (1, 2): "tuple", True: "bool"}
print(d)
print(d[1], d[(1, 2)])
e = {}
e["self"] = e
print(e)
