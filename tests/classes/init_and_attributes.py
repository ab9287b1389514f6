class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

p = Point(1, 2)
q = Point(5)
print(p.x, p.y, q.x, q.y)
p.z = 9
print(p.z, sorted(vars(p)))
try:
    p.w
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
