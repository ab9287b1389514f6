class Thing:
    pass
t = Thing()
r = repr(t)
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"), str(t) == r)
print(repr(Thing).startswith("<class '__main__.Thing'>"))
