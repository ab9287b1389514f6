d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4)
print(d)
print(d.pop("a"), d.pop("zz", None), d)
print(d.popitem(), d)
try:
    d.pop("nope")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
