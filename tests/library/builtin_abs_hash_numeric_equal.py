print(hash(2.0) == hash(2), hash(0.5) == hash(0.5), hash(-0.0) == hash(0.0), abs(-2 ** 62))
print(hash(float("inf")), hash(-float("inf")), hash("") == hash(""), hash(()) == hash(()))
