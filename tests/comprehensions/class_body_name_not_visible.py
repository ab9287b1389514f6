class C:
    factor = 10
    try:
        values = [x * factor for x in range(3)]
    except NameError as e:
        print(type(e).__name__, e)
