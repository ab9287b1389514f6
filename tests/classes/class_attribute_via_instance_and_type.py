class C:
    x = 1
    def m(self):
        return "m"

c = C()
print(C.x, c.x, C.m(c), c.m(), type(c).x)
print("x" in C.__dict__, "x" in c.__dict__, c.__dict__)
print(C.__name__, C.__qualname__, c.__class__.__name__, C.__module__)
