s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(10); s.discard(1); print(s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a)
print(set(), set([5, 5, 6]), frozenset([1, 2]), {x for x in range(5)})
print(sorted({"b", "a", "c"}))
