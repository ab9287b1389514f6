gens = [(x * i for x in range(3)) for i in range(3)]
print([list(g) for g in gens])
