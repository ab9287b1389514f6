class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides, area {self.area()}"
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Tri(Shape):
    sides = 3

for sh in [Square(3), Tri(), Shape()]:
    print(sh.describe())
print(Square.__bases__, Shape.__bases__)
