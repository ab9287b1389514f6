print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max([], default="empty"), min([], default=None))
print(max((1, "b"), (1, "a")), max([2, 2.5, 1]))
for f in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
