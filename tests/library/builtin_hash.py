print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 40), hash(1.5), hash(None) == hash(None))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
