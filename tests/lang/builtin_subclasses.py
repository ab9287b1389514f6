# Subclasses of int, float, str, list, dict, set and tuple: instances keep
# the subclass (its methods, a __dict__) and still work as the base type.
class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"

    def cents(self):
        return self * 100


m = Money(7)
print(type(m).__name__, m, repr(m), m.cents(), m + 1, 1 + m, -m, m * 2.5, m // 2, m % 4, m ** 2)
print(isinstance(m, int), isinstance(m, Money), m == 7, 7 == m, m < 8, hash(m) == hash(7), bool(Money(0)))
print([10, 20, 30, 40, 50, 60, 70, 80][m], list(range(m)), {7: "seven"}[m], {m: 1}[7], f"{m:>5}|{m:x}")
print(str(m), int(m), float(m), abs(Money(-3)), round(m), max(Money(3), 2), sorted([Money(3), 1, Money(2)]))
m.note = "tip"
print(m.note, m.__dict__, type(m + 1).__name__, type(int(m)).__name__)


class Loud(int):
    def __add__(self, other):
        return "loud add"

    def __radd__(self, other):
        return "loud radd"


print(Loud(1) + 1, 1 + Loud(1), Loud(2) - 1)


class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, degrees)

    def fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(100)
print(type(c).__name__, c, repr(c), c.fahrenheit(), c + 1, c > 99, f"{c:.1f}", round(c), int(c), hash(c) == hash(100.0))
print(Celsius(1.5).is_integer(), Celsius(2.0).as_integer_ratio(), c.real, type(c.real).__name__, -c)


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("ada")
print(type(n).__name__, n, repr(n), n.shout(), len(n), n + "x", "x" + n, n * 2, n[0], n[1:], n == "ada")
print(hash(n) == hash("ada"), {"ada": 1}[n], {n: 2}["ada"], n in ["ada"], "d" in n, f"<{n:>5}>", str(n), type(str(n)).__name__)
print(n.split("d"), "-".join([n, n]), n.startswith("a"), sorted([Name("b"), "a", Name("c")]), n.upper(), type(n.upper()).__name__)
n.title_case = n.title()
print(n.title_case, n.__dict__, isinstance(n, str), [c for c in n])


class Stack(list):
    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.append(3)
s.label = "numbers"
print(type(s).__name__, s, s.peek(), len(s), s.label, s.__dict__, s + [4], s == [1, 2, 3], sorted(s, reverse=True))


class Counter(dict):
    def __missing__(self, key):
        return 0


counts = Counter()
for word in "a b a c a".split():
    counts[word] = counts[word] + 1
counts.total = sum(counts.values())
print(type(counts).__name__, counts, counts["zz"], counts.total, sorted(counts.items()))


class Tags(set):
    pass


tags = Tags({"x"})
tags.add("y")
tags.owner = "me"
print(type(tags).__name__, sorted(tags), tags.owner, "x" in tags)


class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))


p = Pair((1, 2))
print(type(p).__name__, p, p.swap(), type(p.swap()).__name__, p == (1, 2), len(p), p[0])


# Constructors, __class__ assignment, class methods of built-in types.
try:
    class B(bool): pass
except TypeError as e: print(e)
class M(int): pass
print(M("12"), M("ff", 16), M(), repr(M(3.9)))
class S(str): pass
print(repr(S()), repr(S(b"hi", "ascii")), S(42))
x = M(3)
try:
    x.__class__ = S
except TypeError as e: print(e)
class M2(int): pass
try:
    x.__class__ = M2
except TypeError as e: print(e)
print(type(x).__name__, x)
print(format(M(5), "b"), format(3.5.__class__(2)), divmod(M(7), 2), pow(M(2), 10))
class F(float): pass
print(divmod(F(7.5), 2), F("1e3"), F(), F(M(3)))
print(dict.fromkeys("ab", 0), bytes.fromhex("41 42"), str.maketrans("a", "b"))
class DD(dict): pass
print(DD.fromkeys([1, 2]), type(DD.fromkeys([1])).__name__)
