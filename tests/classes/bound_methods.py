class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v

c = C(5)
m = c.get
print(m(), m.__self__ is c, m.__func__ is C.get, m.__name__)
print(C.get(C(7)))
fs = [C(i).get for i in range(3)]
print([f() for f in fs])
print(c.get == c.get, c.get is c.get)
