print("init _pkg.first", __name__, __package__)
ONE = 1
