class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
a, b = Money(150), Money(275)
print(a + b, a + 5, 5 + a, a * 3, 2 * b, -a, sum([a, b], Money(0)), a < b, a <= a, a > b, a >= b)
x = Money(1)
x += Money(2)
x *= 10
print(x)
