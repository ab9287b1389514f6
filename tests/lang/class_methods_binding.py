class C:
    def m(self):
        return "m"
c = C()
f = c.m
print(f(), C.m(c), f.__self__ is c, f.__func__ is C.m, f.__name__)
g = [].append
print(type(f).__name__, type(g).__name__, type(C.m).__name__)
methods = [c.m, c.m]
print([m() for m in methods], c.m == c.m)
