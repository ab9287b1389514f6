for i, j in zip(a, b):
    pass
else:
    pass
