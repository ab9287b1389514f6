def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 30:
        break
print(n)
it = naturals()
print([next(it) for _ in range(5)])
