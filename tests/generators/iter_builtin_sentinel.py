data = [1, 2, 3, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
