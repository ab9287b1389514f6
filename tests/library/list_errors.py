a = [1, 2]
for f in [lambda: a[5], lambda: a["x"], lambda: a.insert(), lambda: a + (1,)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
