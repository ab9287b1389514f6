print(dict(), dict(a=1), dict([("k", "v")]), dict({"x": 1}, y=2))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d = {"a": 1}
c = d.copy()
c["b"] = 2
print(d, c)
c.clear()
print(c, len(d))
print({"a": 1} == {"a": 1}, {"a": 1} | {"b": 2})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
