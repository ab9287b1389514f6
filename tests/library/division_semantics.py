print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2, 2 ** 0.5, (-8) ** 2)
print(1 / 3 * 3, 0.1 * 3, 10 / 5, type(10 / 5).__name__, divmod(-1, 3))
for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 0 ** -1, lambda: 5 % 0.0]:
    try:
        f()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
