class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
print(p, p + Point(3, 4), p == Point(1, 2), p != Point(0, 0))
print(p.x, getattr(p, "y"), hasattr(p, "z"), type(p).__name__, isinstance(p, Point))
p.z = 5
print(p.z)
