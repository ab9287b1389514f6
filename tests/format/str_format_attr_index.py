class Pt:
    x = 3
    y = 4

print("{0.x},{0.y}".format(Pt()))
print("{0[1]} {0[0]}".format(["a", "b"]))
print("{d[key]}".format(d={"key": "v"}))
print("{p.x:>4}".format(p=Pt()))
