cases = [
    lambda: "{0:x}".format(1.5),
    lambda: "{:.2f}".format("s"),
    lambda: "{0!z}".format(1),
    lambda: "{:,s}".format("a"),
    lambda: "{:>}".format(1),
    lambda: "{0}".format(),
    lambda: "{a.b}".format(a=1),
    lambda: format(1, "q"),
    lambda: format(1.0, "d"),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
