class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError

with Res("a") as r, Res("b") as s:
    print(r, s)
with Res("c"):
    raise KeyError("swallowed")
try:
    with Res("d"):
        raise ValueError("kept")
except ValueError as e:
    print("outside", e)
