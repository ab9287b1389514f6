def g():
    try:
        yield 1
    except ZeroDivisionError as e:
        yield "zde: " + str(e)

it = g()
next(it)
print(it.throw(ZeroDivisionError("division by zero")))
