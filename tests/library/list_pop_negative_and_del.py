a = list("abcdef")
print(a.pop(-2), a.pop(1), a)
del a[-1]
del a[0:2]
print(a)
try:
    del a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
