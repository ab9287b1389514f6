cases = [
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%d" % "x",
    lambda: "%(a)s" % (1,),
    lambda: "%z" % 1,
    lambda: "%s %s" % "ab",
    lambda: "%(k)s" % {},
    lambda: "%c" % "ab",
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
