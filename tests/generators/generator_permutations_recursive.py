def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in perms(items[:i] + items[i + 1:]):
            yield [x] + p

print(["".join(p) for p in perms("abc")])
print(sum(1 for _ in perms(list(range(5)))))
