print(list(zip("abc", range(2), [True, False, None])))
z = zip([1, 2], [3, 4])
print(list(z), list(z))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*zip([1, 2], [3, 4]))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
