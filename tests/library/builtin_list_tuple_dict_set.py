print(list(), tuple(), dict(), set(), frozenset())
print(list((1, 2)), tuple([1, 2]), dict(a=1, b=2), set([1, 1, 2]), frozenset("aa"))
print(list({"k": 1}.items()), tuple(range(3)), dict(zip("ab", [1, 2])))
for f in [lambda: list(5), lambda: tuple(None), lambda: set(1), lambda: dict(1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
