# Generic operations on deeply nested containers end in RecursionError,
# never in a C stack overflow; moderately deep ones still work.
def nest(depth, make):
    value = make(None)
    for _ in range(depth):
        value = make(value)
    return value


def attempt(label, function):
    try:
        result = function()
    except RecursionError as error:
        print(label, "RecursionError:", error)
    else:
        print(label, result)


deep_a = nest(2000, lambda inner: [inner])
deep_b = nest(2000, lambda inner: [inner])
attempt("list ==", lambda: deep_a == deep_b)
attempt("list <", lambda: deep_a < deep_b)
attempt("list str", lambda: len(str(deep_a)))
attempt("list in", lambda: deep_a in [deep_b])
tuple_a = nest(2000, lambda inner: (inner,))
tuple_b = nest(2000, lambda inner: (inner,))
attempt("tuple ==", lambda: tuple_a == tuple_b)
attempt("tuple repr", lambda: len(repr(tuple_a)))
dict_a = nest(2000, lambda inner: {"k": inner})
dict_b = nest(2000, lambda inner: {"k": inner})
attempt("dict ==", lambda: dict_a == dict_b)
attempt("dict str", lambda: len(str(dict_a)))
attempt("format", lambda: len(format(deep_a)))
attempt("f-string", lambda: len(f"{deep_a}"))
classes = int
for _ in range(2000):
    classes = (classes,)
attempt("isinstance", lambda: isinstance(1, classes))

# Shallow enough for everyone.
attempt("shallow ==", lambda: nest(200, lambda inner: [inner]) == nest(200, lambda inner: [inner]))
attempt("shallow repr", lambda: len(repr(nest(200, lambda inner: (inner, 1)))))
attempt("shallow hash", lambda: hash(nest(200, lambda inner: (inner,))) == hash(nest(200, lambda inner: (inner,))))
shallow_classes = str
for _ in range(200):
    shallow_classes = (shallow_classes, bytes)
attempt("shallow isinstance", lambda: isinstance(True, (shallow_classes, int)))
attempt("after", lambda: [1, [2, (3,)]] == [1, [2, (3,)]])
