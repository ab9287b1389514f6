def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)

def bad():
    try:
        yield 1
    finally:
        yield 2

g = gen("a")
next(g)
g = None



junk = []
# Baton closes an unreachable suspended generator at its next collection
# (CPython at once, by reference counting): allocate until one happens.
junk = []
for i in range(200000):
    junk.append([i])
    if i % 50000 == 0:
        junk = []
print("end")
