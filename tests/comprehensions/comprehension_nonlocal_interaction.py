def counter():
    count = 0
    def bump(xs):
        nonlocal count
        r = [x + count for x in xs]
        count += len(xs)
        return r
    return bump

b = counter()
print(b([1, 2]))
print(b([1, 2]))
