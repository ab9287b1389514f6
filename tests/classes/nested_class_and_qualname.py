class Outer:
    class Inner:
        def m(self):
            return "inner"
    def make(self):
        return self.Inner()

print(Outer().make().m(), Outer.Inner.__qualname__, Outer.Inner.__name__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__)
