pairs = [(1, "a"), (2, "b")]
print([n for n, _ in pairs])
print([s * n for n, s in pairs])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([first for first, *rest in ["abc", "de"]])
