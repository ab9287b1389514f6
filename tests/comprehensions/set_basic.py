print({x % 3 for x in range(10)})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({x for x in []})
print(type({x for x in []}).__name__)
