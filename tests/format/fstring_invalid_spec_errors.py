tests = [(5, "z"), ("s", "d"), (1.5, "d"), (5, ".2s"), ("s", "+"), ("s", ","), (5, "=s")]
for v, spec in tests:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(type(e).__name__, e)
