# String building that calls back into Python (__format__, __str__,
# __repr__, __getitem__ of a format mapping, __getattr__, generators feeding
# str.join) while the native holds its partial result: run under
# BATON_GC_STRESS=1, nothing may be freed while it is still in use.


def garbage(n):
    return {str(i): [i] for i in range(n)}


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        garbage(10)
        return ("$%d.%02d" % divmod(self.cents, 100)).rjust(int(spec or 0))

    def __str__(self):
        garbage(10)
        return "%d cents" % self.cents

    def __repr__(self):
        garbage(10)
        return "Money(%d)" % self.cents


class Lookup:
    # A mapping for format_map and %-formatting.
    def __getitem__(self, key):
        garbage(10)
        return Money(len(key) * 101)

    def keys(self):
        return ["a"]


class Lazy:
    def __getattr__(self, name):
        garbage(10)
        if name.startswith("no"):
            raise AttributeError(name)
        return Money(len(name))


def words(n):
    for i in range(n):
        garbage(5)
        yield "w" + str(i) * 2


print("-".join(words(6)))
print("".join([str(Money(i)) for i in range(3)]))
print(", ".join(map(str, [Money(1), Money(2)])), ", ".join(map(repr, (Money(3),))))
print(f"{Money(1234)} {Money(5):10} {Money(7)!s} {Money(8)!r} {'x'!r:>5}")
print("{0} {1:8} {m} {m!r} {l.amount}".format(Money(1), Money(250), m=Money(3), l=Lazy()))
print("{a} {bb:9} {ccc!s}".format_map(Lookup()))
print("%s|%r" % (Money(1), Money(2)), "%s" % Money(3), "%5s" % "ab")
print("%(name)s and %(other)r" % Lookup())
print(format(Money(99), "7"), str(Money(4)), repr([Money(5), (Money(6),)]))
print(getattr(Lazy(), "price"), getattr(Lazy(), "nothing", "default"), hasattr(Lazy(), "nope"), hasattr(Lazy(), "yes"))
print(str({"k": Money(1)}), repr({1: [Money(2)]}))
print(" ".join(sorted(words(4), key=lambda w: (garbage(3), w[::-1])[1])))
print("w11" in "".join(words(3)), "abc".replace("b", str(Money(5))), str(Money(6)).split(" "))
text = ""
for i in range(40):
    text += "%s;" % Money(i) + f"{Money(i):3}"
print(len(text), text[:40])
print(max(words(5), key=len), min(words(5)))
try:
    "".join([Money(1)])
except TypeError as error:
    print("TypeError:", error)
try:
    "{0:d}".format(Money(3))
except Exception as error:
    print(type(error).__name__)
