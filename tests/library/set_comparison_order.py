a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, a > b, a == b, a != b, {1} < {2})
print(sorted([{3}, {1, 2}, {1}], key=len))
print(set(range(10)) == set(range(9, -1, -1)))
