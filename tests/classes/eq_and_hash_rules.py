class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, V) and self.v == other.v

print(V(1) == V(1), V(1) != V(2), V(1) == 1)
print(V.__hash__)
try:
    hash(V(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {V(1)}
except TypeError as e:
    print(type(e).__name__, e)
