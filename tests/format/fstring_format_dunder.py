class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:.2f}"
        return f"{self.v}"
    def __str__(self):
        return "Money"
    def __repr__(self):
        return "Money(...)"

m = Money(3.5)
print(f"{m:usd} {m} {m!s} {m!r}")
print(format(m, "usd"))
print("{:usd}".format(m))
