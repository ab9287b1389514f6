print([i for i in range(10, 0, -3)])
print([i for i in range(0)])
print([i for i in range(-3, 3) if i < 0])
