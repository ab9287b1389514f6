class R:
    def __radd__(self, other):
        return f"radd({other})"
    def __rsub__(self, other):
        return f"rsub({other})"
    def __rtruediv__(self, other):
        return f"rtruediv({other})"

print(1 + R(), "s" - R() if False else 5 - R(), 2 / R())
print(sum([R()], 0) if False else 0 + R())
