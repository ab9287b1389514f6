def g():
    try:
        yield 1
    except ValueError:
        raise KeyError("from handler")

it = g()
next(it)
try:
    it.throw(ValueError("orig"))
except KeyError as e:
    print(repr(e), repr(e.__context__))
