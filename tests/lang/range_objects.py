r = range(2, 20, 3)
print(r, len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r, list(r), r.index(8), r.count(11))
print(range(5), range(0), list(range(5, 0, -1)), list(reversed(range(3))), range(1, 4) == range(1, 4))
print(sum(range(1000001)), max(range(7)), range(10)[::2])
