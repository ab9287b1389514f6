a = frozenset([1, 2, 3])
b = frozenset([2, 3, 4])
print(a | b, a & b, a - b, a ^ b, a <= frozenset(range(5)))
print(type(a | {9}).__name__, type({9} | a).__name__)
try:
    a.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
