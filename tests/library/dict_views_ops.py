d = {"a": 1, "b": 2, "c": 3}
print(d.keys() - {"a"} == {"b", "c"}, d.keys() & {"c", "z"}, d.items() & {("a", 1)})
print(d.keys() == {"a", "b", "c"}, d.values() == d.values(), list(reversed(d.keys())), list(reversed(d.values())))
print(sorted(d.keys() ^ {"a", "q"}), d.keys().isdisjoint({"x"}))
print(repr(d.items()), len(d.values()))
