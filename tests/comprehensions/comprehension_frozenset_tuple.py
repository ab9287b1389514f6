print(tuple(x for x in range(3)))
print(frozenset(x % 2 for x in range(5)))
print(list(reversed([x for x in "abc"])))
