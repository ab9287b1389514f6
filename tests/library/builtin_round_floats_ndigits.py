for v in [1.23456, -1.5, 0.5, 2.675, 1e20, 0.1 + 0.2]:
    print(round(v), round(v, 2), round(v, -1), round(v, 0))
print(round(15, -1), round(25, -1), round(-15, -1), round(123, 1))
