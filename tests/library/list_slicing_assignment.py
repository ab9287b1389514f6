a = list(range(10))
print(a[2:5], a[::-1], a[::3], a[-3:], a[8:100])
a[1:3] = ["x", "y", "z"]
print(a)
del a[::2]
print(a)
a[:] = []
print(a)
b = [0, 1, 2, 3]
b[::2] = ["a", "b"]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
