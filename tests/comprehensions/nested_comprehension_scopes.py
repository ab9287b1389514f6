m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m)
print([[row[i] for row in m] for i in range(3)])
