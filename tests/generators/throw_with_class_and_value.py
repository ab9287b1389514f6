def g():
    try:
        yield 1
    except Exception as e:
        yield f"{type(e).__name__}:{e}"

it = g()
next(it)
print(it.throw(ValueError))
it = g()
next(it)
print(it.throw(KeyError("k")))
