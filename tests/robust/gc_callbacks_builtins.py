# Builtins that call back into Python code (key functions, __iter__,
# __next__, __eq__, __lt__, __str__, __repr__...) while they hold fresh
# objects in C. Under BATON_GC_STRESS=1 every such call collects, so a
# value the native forgot to root is freed under its feet.


def garbage(n):
    # Allocate enough to make a collection worth its while.
    return [str(i) * 3 for i in range(n)]


class Noisy:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        garbage(20)
        return "Noisy(" + repr(self.value) + ")"

    def __str__(self):
        garbage(20)
        return "<" + str(self.value) + ">"

    def __eq__(self, other):
        garbage(5)
        return isinstance(other, Noisy) and self.value == other.value

    def __hash__(self):
        garbage(5)
        return hash(self.value)

    def __lt__(self, other):
        garbage(5)
        return self.value < other.value

    def __gt__(self, other):
        garbage(5)
        return self.value > other.value


class Counting:
    # An iterable whose __iter__ and __next__ are Python code.
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        garbage(10)
        self.i = 0
        return self

    def __next__(self):
        garbage(10)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return Noisy(self.i * 7 % 11)


def key(noisy):
    garbage(10)
    return -noisy.value


print(list(Counting(5)))
print(tuple(Counting(5)))
print(sorted(Counting(6)))
print(sorted(Counting(6), key=key))
print(sorted(Counting(6), key=key, reverse=True))
print(min(Counting(6)), max(Counting(6)))
print(min(Counting(6), key=key), max(Counting(6), key=key))
print(min([], default=Noisy("none")), max(Counting(0), default=Noisy("empty")))
print(min(Noisy(3), Noisy(1), Noisy(2)), max(Noisy(3), Noisy(9), Noisy(2), key=key))
print(list(map(lambda n: Noisy(n.value * 2), Counting(4))))
print(list(map(lambda a, b: (a, b), Counting(3), Counting(4))))
print(list(filter(lambda n: garbage(3) and n.value % 2, Counting(8))))
print(list(filter(None, map(lambda n: n.value % 3, Counting(8)))))
print(list(zip(Counting(3), Counting(4), "abcde")))
print(list(enumerate(Counting(3), start=10)))
print(list(reversed([Noisy(1), Noisy(2)])))
print(any(n.value > 5 for n in Counting(6)), all(n.value > 0 for n in Counting(6)))
print(sum((n.value for n in Counting(6)), 100))
print(Noisy(6) in list(Counting(6)), Noisy(99) in list(Counting(6)), list(Counting(6)).index(Noisy(9)))
print(str(list(Counting(3))), repr(tuple(Counting(3))))
print(dict(zip(Counting(3), Counting(3))))
print({n: str(n) for n in Counting(4)})
print(set(Counting(5)) == set(Counting(5)), len(frozenset(Counting(9))))
print(sorted(set(Counting(9))))
print(list(iter(Counting(3).__iter__().__next__, Noisy(3))))
print(Noisy(1), Noisy("x"), sep="|" * 3, end=";" * 2 + "\n")
print(*Counting(3), sep=", ")
print("%s and %r" % (Noisy(1), Noisy(2)))
print(format(Noisy(5)), f"{Noisy(6)!r:>12}", "{} {!r}".format(Noisy(7), Noisy(8)))
print(", ".join(str(n) for n in Counting(4)))
print(", ".join(map(repr, Counting(4))))
print(bytes(n.value for n in Counting(4)), bytearray(map(lambda n: n.value, Counting(3))))
total = 0
for round_number in range(30):
    total += len(sorted(Counting(8), key=key)) + len(dict.fromkeys(Counting(4)))
print(total)
