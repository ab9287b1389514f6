class A:
    pass
try:
    A() < A()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([A(), A()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() >= 1
except TypeError as e:
    print(type(e).__name__, e)
