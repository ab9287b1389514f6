class M:
    @staticmethod
    def sm(x=1):
        return x * 2
    @classmethod
    def cm(cls, x=1):
        return (cls.__name__, x)
f = M.sm
g = M().cm
print(f(), f(4), g(), g(5), M.cm.__self__ is M, type(M.__dict__["sm"]).__name__, type(M.__dict__["cm"]).__name__)
