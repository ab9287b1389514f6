d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"a": 10, "d": 4}); print(d)
print(d.pop("b"), d, d.setdefault("e", 5), d)
del d["a"]; print(d)
for k, v in d.items():
    print(k, v)
print(dict(x=1, y=2), dict([(1, "one"), (2, "two")]), {1: "a", 1.0: "b"})
print(d.popitem(), d)
