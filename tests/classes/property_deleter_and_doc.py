class P:
    def __init__(self):
        self._x = 1
    def get_x(self):
        return self._x
    def del_x(self):
        print("deleting")
        del self._x
    x = property(get_x, None, del_x, "the x")

p = P()
print(p.x, P.x.__doc__, type(P.x).__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
