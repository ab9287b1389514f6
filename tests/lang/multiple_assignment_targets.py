data = {"x": [0, 0, 0]}
data["x"][1], data["y"] = 5, "why"
print(data)
class P:
    pass
p = P()
p.a, p.b = "A", "B"
print(p.a, p.b)
(a, b), c = (1, 2), 3
[d, e] = "de"
print(a, b, c, d, e)
