a = {1, 2, 3}
b = {3, 4}
print(a.union(b), a | b, a.intersection(b), a & b)
print(a.difference(b), a - b, a.symmetric_difference(b), a ^ b)
print(a.union([9], (8,)), a.intersection(range(3)))
print(a.issubset({1, 2, 3, 4}), a <= a, a < a, a.issuperset({1}), a.isdisjoint({7}))
c = set(a)
c.update([7, 8])
c.difference_update({1})
c.intersection_update({2, 3, 7, 99})
print(sorted(c))
c |= {10}
c -= {2}
print(sorted(c))
