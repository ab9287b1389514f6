def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), ops["add"].__name__, ops["add"].__qualname__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), [fact(i) for i in range(6)])
