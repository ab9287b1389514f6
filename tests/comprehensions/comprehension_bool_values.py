print([bool(x) for x in [0, 1, "", "a", [], [0], None]])
print([x for x in [0, 1, "", "a", [], [0], None] if x])
