def f(xs=[i * i for i in range(3)]):
    return xs

print(f())
print(f([9]))
