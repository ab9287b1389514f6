def outside(self):
    return f"bound to {type(self).__name__}"
class C:
    m = outside
    s = staticmethod(outside)
    l = lambda self: "lambda method"
print(C().m(), C.s(C()), C().l())
