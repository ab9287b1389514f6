def maybe(x):
    if x > 0:
        return x
print(maybe(1), maybe(-1), maybe(-1) is None, [maybe(i) for i in range(-1, 2)])
value = None
print(value or "default", value is None, value == None, type(None).__name__, repr(None))
