class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    names = {n: len(n) for n in ["ab", "c"]}

print(C.doubled, C.names)
