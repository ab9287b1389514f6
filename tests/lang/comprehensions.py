print([x * x for x in range(5)], [x for x in range(10) if x % 3 == 0])
print({x: x % 2 for x in range(4)}, {c for c in "hello"} == set("helo"))
print([(i, j) for i in range(3) for j in range(i)])
print(sum(x for x in range(101)), list(x + 1 for x in [1, 2]))
x = "unchanged"
[x for x in range(3)]
print(x)
