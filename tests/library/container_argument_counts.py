# Argument-count messages of the containers' methods, as CPython words them.
def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, type(e).__name__, e)

show("insert 0", lambda: [].insert())
show("insert 1", lambda: [].insert(1))
show("insert 3", lambda: [].insert(1, 2, 3))
show("pop 2", lambda: [].pop(1, 2))
show("index 0", lambda: (1,).index())
show("setdefault 0", lambda: {}.setdefault())
show("dict setitem", lambda: {}.__setitem__(1))
show("list setitem", lambda: [].__setitem__(1, 2, 3))
show("append 0", lambda: [].append())
