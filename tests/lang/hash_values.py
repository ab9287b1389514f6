print(hash(0), hash(1), hash(-1), hash(-2), hash(2**40), hash(123456789))
print(hash(1.5), hash(0.1), hash(-0.0), hash(1e100), hash(float("inf")), hash(2.0))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((True, 1.5)))
print(hash(None) == hash(None), hash(True), hash(False), hash(frozenset()), hash(frozenset([1, 2, 3])))
