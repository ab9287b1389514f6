print([(a, b) for a in range(4) if a % 2 for b in range(a) if b != 1])
print([x for row in [[1, 2], [3], []] for x in row])
print([[y * x for y in range(3)] for x in range(3)])
