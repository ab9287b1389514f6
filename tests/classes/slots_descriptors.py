# __slots__: member descriptors, unset slots, subclasses, __dict__ in slots.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(Point.x, type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(q, "y"), getattr(q, "y", "default"))
del p.x
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 5
print(p.x, Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 7)
print(p.y)
class P3(Point):
    __slots__ = ("z",)
r = P3(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
try:
    r.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Free(P3):
    pass
f = Free(1, 2)
f.w = 9
f.z = 4
print(f.w, f.__dict__, f.x, f.z)
class One:
    __slots__ = "solo"
o = One()
o.solo = [1]
print(o.solo, One.__slots__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
try:
    Point.x.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
class L:
    __slots__ = ["m"]
    def __repr__(self):
        return "L(%r)" % self.m
l = L()
l.m = [1]
print(l, "m" in L.__dict__)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Pr:
    __slots__ = ("__secret",)
    def set(self):
        self.__secret = 1
        return self.__secret
print(Pr().set(), [k for k in Pr.__dict__ if "secret" in k])
def gen():
    yield "g1"
    yield "g2"
class G:
    __slots__ = gen()
g = G()
g.g1, g.g2 = 1, 2
print(g.g1 + g.g2)
