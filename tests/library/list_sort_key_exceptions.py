def key(x):
    if x == 3:
        raise ValueError("bad key")
    return x
a = [5, 3, 1]
try:
    a.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(a)
try:
    a.sort(1)
except TypeError as e:
    print(type(e).__name__, e)
b = [3, 1, 2]
b.sort(key=None, reverse=False)
print(b, sorted(b, key=lambda x: -x))
