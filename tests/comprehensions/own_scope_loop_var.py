x = "outer"
print([x for x in range(3)])
print(x)
y = 10
print({y: y for y in "ab"})
print(y)
