for v in [5, 3.5, None]:
    try:
        iter(v)
    except TypeError as e:
        print(type(e).__name__, e)
