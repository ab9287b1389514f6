# Attributes set on functions (f.calls = 0), seen through bound methods,
# __dict__ and __annotations__ replaced or deleted.
def f(): pass
f.calls = 3
print(f.calls, f.__dict__)
def deco(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@deco
def g(x): return x*2
g(1); g(2)
print(g.calls)
del f.calls
print(f.__dict__)
try:
    f.nope
except AttributeError as e: print(e)
try:
    del f.nope
except AttributeError as e: print(e)
f.__dict__["z"] = 1
print(f.z)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
print(vars(f))
print("z" in dir(f), hasattr(f, "z"), getattr(f, "missing", "default"))
class K:
    def m(self):
        pass
K.m.tag = "t"
print(K().m.tag)
try:
    K().m.other = 1
except AttributeError as e:
    print(e)
f.__dict__ = {"fresh": True}
print(f.fresh, f.__dict__)
try:
    f.__dict__ = 5
except TypeError as e:
    print(e)
lam = lambda: 0
lam.note = "lambda"
print(lam.note)
try:
    del f.__dict__
except TypeError as e:
    print(e)
def h(a: int) -> str: pass
print(h.__annotations__)
h.__annotations__ = {"x": 1}
print(h.__annotations__)
try:
    h.__annotations__ = 3
except TypeError as e:
    print(e)
h.__annotations__ = None
print(h.__annotations__)
del h.__annotations__
print(h.__annotations__)
