class C:
    def __init__(self):
        self.x = 1
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
c = C()
del c.x
print(hasattr(c, "x"))
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
