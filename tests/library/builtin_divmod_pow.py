print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2.0, 3), pow(-8, 1 / 3) if False else 0, 2 ** -2)
print(pow(7, -1, 5), pow(10, 2, 7))
for f in [lambda: divmod(1, 0), lambda: pow(0, -1), lambda: pow(2, 3, 0), lambda: divmod(1.0, 0.0), lambda: pow(2.0, 3, 4)]:
    try:
        f()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
