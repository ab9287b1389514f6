class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
class Name(str):
    def shout(self):
        return self.upper() + "!"

m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), type(m).__name__, isinstance(m, list))
d = MyDict(a=1)
print(d["a"], d["zz"], d)
n = Name("bob")
print(n, n.shout(), n + "x", type(n + "x").__name__)
