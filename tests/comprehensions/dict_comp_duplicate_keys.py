print({x % 2: x for x in range(6)})
print({k: v for k, v in zip("aba", range(3))})
