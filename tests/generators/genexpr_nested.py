pairs = list((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(pairs)
print(sorted((y for x in [[3, 1], [2]] for y in x), reverse=True))
