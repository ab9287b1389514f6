class CM:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, *args):
        print("exit", args[0])
        return False
def f():
    with CM() as v:
        return v.upper()
print(f())
for i in range(2):
    with CM():
        if i == 0:
            continue
        print("second")
