class Circle:
    def __init__(self, r):
        self.r = r
        self._area = None
    @property
    def area(self):
        if self._area is None:
            print("computing")
            self._area = round(3.14159 * self.r ** 2, 2)
        return self._area
c = Circle(2)
print(c.area, c.area)
