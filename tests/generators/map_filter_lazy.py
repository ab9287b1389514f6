def noisy(x):
    print("call", x)
    return x + 1

m = map(noisy, [1, 2])
print("made")
print(list(m))
print(list(filter(None, [0, 1, "", "a", None, []])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
