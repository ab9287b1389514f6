def sq(x):
    return x * x

print([sq(x) for x in range(5)])
print(sum(sq(x) for x in range(5)))
print({sq(x) for x in range(-2, 3)})
