for i, x in enumerate(["a", "b"], start=-1):
    print(i, x)
e = enumerate("xy")
print(iter(e) is e, next(e), list(e))
