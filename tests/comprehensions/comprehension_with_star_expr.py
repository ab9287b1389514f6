a = [1, 2]
print([[*a, x] for x in range(2)])
print([{**{"k": x}} for x in range(2)])
