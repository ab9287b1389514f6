class C:
    @property
    def ro(self):
        return 1
c = C()
try:
    c.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
