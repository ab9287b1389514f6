g = (x * 2 for x in range(3))
print(g.send(None), next(g), list(g))
