class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
for sh in [Sq(2), Shape()]:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print(type(e).__name__, e)
