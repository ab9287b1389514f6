values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (0,), {}, {"k": 0}, None, True, False]
print([bool(v) for v in values])
print([v for v in values if v])
print(len([v for v in values if not v]))
