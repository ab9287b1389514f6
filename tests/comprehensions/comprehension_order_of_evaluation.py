log = []
def src(name, n):
    log.append(name)
    return range(n)

r = [(a, b) for a in src("outer", 2) for b in src("inner", 2)]
print(r)
print(log)
