def keys():
    yield "a"
    yield "b"

print(dict((k, len(k)) for k in keys()))
print(sorted(set(x % 3 for x in range(10))))
print(tuple(keys()))
