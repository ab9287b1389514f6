x = 100
g = (x + i for i in range(3))
x = 200
print(list(g))
