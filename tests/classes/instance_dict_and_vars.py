class C:
    def __init__(self):
        self.a = 1
        self.b = 2

c = C()
print(vars(c), c.__dict__ is vars(c))
c.__dict__["z"] = 3
print(c.z, sorted(vars(c).items()))
