a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), {**a, "z": 3}, {**a, **{"x": 9}})
c = a | {"x": 0}
a |= {"w": 5}
print(c, a)
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
