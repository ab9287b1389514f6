# LOAD_ATTR/STORE_ATTR remember where a name sits in instance dicts: every
# change that moves it, hides it or intercepts it must be seen.
class A:
    def __init__(self):
        self.x = 1
        self.y = 2

def get(o):
    return o.y

a = A()
print(get(a), get(a))
del a.x
print(get(a))
a.x = 5
print(get(a), a.x)
A.y = property(lambda self: "prop")
print(get(a))
del A.y
print(get(a))
class B(A):
    pass
b = B()
print(get(b), get(a))
a.__dict__ = {"y": 9}
print(get(a))
a.__class__ = B
print(get(a))
def setx(o, v):
    o.y = v
setx(a, 10); setx(a, 11); print(get(a), a.__dict__)
class C:
    __slots__ = ()
A.__setattr__ = lambda self, k, v: print("intercepted", k, v)
setx(b, 3)
print(get(b))
