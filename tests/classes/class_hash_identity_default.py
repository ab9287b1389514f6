class C:
    pass
a = C()
d = {a: "v"}
print(d[a], a in {a}, hash(a) == hash(a))
class D:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
print(len({D(), D()}))
