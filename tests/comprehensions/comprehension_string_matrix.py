grid = ["ab", "cd"]
print([[ch for ch in row] for row in grid])
print(["".join(col) for col in zip(*grid)])
