# Floor division and modulo with every sign combination, shifts and bitwise
# operators on negative big ints, and comparisons with floats near 2**53
# and 2**63, where converting the int to a double would round.
values = [0, 1, -1, 7, -7, 2**63 - 1, -2**63, 2**64 + 3, -(2**64 + 3), 3**50, -(5**40)]
for a in values:
    row = []
    for b in values:
        if b:
            row.append((a // b, a % b))
    print(row)
for a in values:
    print([a >> n for n in (0, 1, 31, 32, 63, 64, 65, 200)], [a << n for n in (0, 1, 33, 64)])
    print([a & b for b in values], [a | b for b in values], [a ^ b for b in values], ~a)
for n in (2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**63 + 1, 2**64, 2**1000):
    for f in (float(n), float(n) + 1.0, float(n) - 1.0, float(2**53) + 2.0, 0.5, -float(n)):
        print(n < f, n == f, n > f, -n < f, -n == -f, end=" ")
    print()
print([hash(v) for v in values], [hash(v) for v in (2**61 - 2, 2**61 - 1, 2**61, 2**122, -2**61)])
print(pow(2, 100), pow(-3, 81), pow(7, 10**18, 10**30 + 57), pow(2**200 + 1, -1, 3**90), pow(10, 50, -97))
