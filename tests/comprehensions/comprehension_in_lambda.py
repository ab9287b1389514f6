f = lambda n: [i * n for i in range(3)]
print(f(2))
g = lambda xs: {x: xs.count(x) for x in xs}
print(g("abca"))
