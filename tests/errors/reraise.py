try:
    int("x")
except ValueError:
    print("logging it")
    raise
