try:
    g = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
