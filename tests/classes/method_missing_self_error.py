class C:
    def m(self, a):
        return a

try:
    C().m()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C().m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.m(1)
except TypeError as e:
    print(type(e).__name__, e)
