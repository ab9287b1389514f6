t = 1, 2, 3
a, *b = t
print(t, a, b, (1,) * 3, tuple() == (), (1, 2) + (3,))
x = y = (0,)
print(x is y, len(((),)), ((1, 2),)[0][1])
def f():
    return 1, "two"
n, s = f()
print(n, s, type(f()).__name__)
