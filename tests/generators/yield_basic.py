def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
