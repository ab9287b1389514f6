class A:
    def __init__(self, x, y=2):
        self.x = x + y
class B(A):
    pass
class C:
    def __init__(self):
        return 5
print(A(1).x, B(1, 1).x, A(x=3).x)
try:
    C()
except TypeError as e:
    print(e)
try:
    A()
except TypeError as e:
    print(e)
class D:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
        self.v = v
try:
    D(-1)
except ValueError as e:
    print("caught", e)
print([D(i).v for i in range(3)])
