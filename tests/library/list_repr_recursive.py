a = [1, "two", 3.0, None, [True]]
print(a, repr(a))
b = [1]
b.append(b)
print(b)
