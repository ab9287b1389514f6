def outer():
    fns = []
    for i in range(3):
        fns.append([lambda j=j: i * 10 + j for j in range(2)])
    return [[f() for f in row] for row in fns]

print(outer())
