# Containers that call back into Python (__hash__, __eq__, __lt__, keys(),
# __getitem__, __iter__, __len__, __index__) while they build or hold
# fresh objects in C: run under BATON_GC_STRESS=1, nothing may be freed
# while a native still uses it.


def garbage(n):
    return [(i, str(i)) for i in range(n)]


class Key:
    # Every key hashes alike, so every lookup compares with __eq__.
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        garbage(8)
        return 42

    def __eq__(self, other):
        garbage(8)
        return isinstance(other, Key) and self.name == other.name

    def __lt__(self, other):
        garbage(8)
        return self.name < other.name

    def __repr__(self):
        garbage(8)
        return "Key(%s)" % self.name


class Mapping:
    # Not a dict: dict(), update() and ** go through keys() and [].
    def __init__(self, names):
        self.names = names

    def keys(self):
        garbage(8)
        return [Key(name) for name in self.names]

    def __getitem__(self, key):
        garbage(8)
        return key.name.upper() * 2


class Sequence:
    # Iterated through __getitem__ until IndexError.
    def __init__(self, n):
        self.n = n

    def __len__(self):
        garbage(8)
        return self.n

    def __getitem__(self, index):
        garbage(8)
        if index >= self.n:
            raise IndexError(index)
        return Key("s" + str(index))


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        garbage(8)
        return self.value


def keys(n):
    return (Key(chr(97 + i)) for i in range(n))


d = dict.fromkeys(keys(5), 0)
print(d)
d.update(Mapping(["b", "z"]))
d.update((Key("y" + str(i)), i) for i in range(3))
print(len(d), d[Key("z")], Key("c") in d, Key("q") in d, d.get(Key("q"), "missing"))
print(dict(Mapping(["p", "q"])), dict(Mapping(["r"]), extra=1))
print(sorted(d, key=lambda k: (garbage(3), k.name)[1])[:4])
print(d.pop(Key("a")), d.setdefault(Key("new"), []), d.setdefault(Key("b"), "kept"))
del d[Key("c")]
print(list(d.keys())[:3], list(d.items())[-2:], d == dict(d), d != {})
print({Key("a"): 1} == {Key("a"): 1}, {Key("a"): [1]} == {Key("a"): [2]})

s = set(keys(6))
s.update(Sequence(3))
print(len(s), Key("s1") in s, Key("zz") in s)
s.discard(Key("a"))
s.remove(Key("b"))
print(sorted(s))
print(sorted(s & set(keys(4))), sorted(s - set(keys(5)))[:2], len(s | set(Sequence(5))), len(s ^ set(keys(3))))
print(set(keys(3)) <= set(keys(4)), frozenset(keys(2)) == frozenset(keys(2)), set(keys(2)).isdisjoint(Sequence(2)))
print(sorted(set(keys(4)).union(Sequence(2), keys(6))), sorted(set(keys(5)).intersection(keys(3), Sequence(1))))
print(sorted(set(keys(5)).difference(keys(2))), sorted(set(keys(3)).symmetric_difference(keys(5))))

items = list(keys(5)) + list(Sequence(3))
print(items.index(Key("s1")), items.count(Key("c")), Key("s2") in items)
items.remove(Key("c"))
items.sort()
print(items)
items.sort(key=lambda k: (garbage(2), k.name[::-1])[1], reverse=True)
print(items)
items[1:3] = Sequence(4)
items += keys(2)
items.extend(Sequence(2))
items.insert(Index(2), Key("ins"))
print(len(items), items[Index(1)], items[Index(-1)], items[Index(1):Index(4)])
print(tuple(keys(2)) == tuple(keys(2)), tuple(keys(3)) < tuple(keys(4)), [Key("a")] * Index(3))
print(list(reversed(Sequence(3))), list(enumerate(Sequence(2))), "abcdef"[Index(2)], b"xyz"[Index(0)])
a, *rest = Sequence(4)
print(a, rest)


def call(*args, **kwargs):
    return args, sorted(kwargs.items())


print(call(*Sequence(2), *keys(1)))
print(call(**{"x": Key("kx")}, **dict(y=Key("ky"))))
print(repr({Key("k"): [Key("v"), (Key("t"),), {Key("s")}]}))
print(str([{1: Key("a")}, (Key("b"), [Key("c")])]))
rounds = 0
for _ in range(20):
    rounds += len(dict.fromkeys(keys(6))) + len(set(Sequence(4))) + len(sorted(keys(5)))
print(rounds)
