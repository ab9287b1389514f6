a = [x for x in range(3)]
b = [x for x in range(3)]
print(a == b, a is b)
