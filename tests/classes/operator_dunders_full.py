class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
for name, sym in [("floordiv", "//"), ("mod", "%"), ("pow", "**"), ("lshift", "<<"), ("rshift", ">>"), ("and", "&"), ("or", "|"), ("xor", "^"), ("matmul", "@"), ("truediv", "/")]:
    setattr(N, f"__{name}__", (lambda s: lambda self, o: f"{s}:{self.v},{o}")(sym))
n = N(3)
print(n // 2, n % 2, n ** 2, n << 1, n >> 1, n & 1, n | 1, n ^ 1, n @ 1, n / 2)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
u = U()
print(-u, +u, ~u)
try:
    ~N(1)
except TypeError as e:
    print(type(e).__name__, e)
