# C.__dict__ is a read-only mappingproxy over the class namespace.
class C:
    a = 1
    def m(self):
        return 2

d = C.__dict__
print(type(d).__name__, type(d))
print(d["a"], "a" in d, "zz" in d, d.get("a"), d.get("zz", 5), len(d) == len(list(d)))
print(sorted(k for k in d.keys() if not k.startswith("__")))
print([v for k, v in d.items() if k == "a"], 1 in list(d.values()))
print(d["m"](None), d == dict(d), d != {})
try:
    d["a"] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
c = d.copy()
c["a"] = 10
print(type(c).__name__, C.a, c["a"])
C.b = 3
print(d["b"], "b" in d)
class E:
    pass
print(repr(E.__dict__).startswith("mappingproxy({"), type(d) is type(E.__dict__))
try:
    d.a = 3
except AttributeError as e:
    print(type(e).__name__, e)
MappingProxy = type(d)
try:
    MappingProxy([1])
except TypeError as e:
    print(type(e).__name__, e)
m = MappingProxy({"x": 1, "y": 2})
print(m, str(m), repr(m), m["x"], len(m), list(reversed(m)))
print(m | {"z": 3})
print(sorted(vars(C).keys() - vars(E).keys()))
