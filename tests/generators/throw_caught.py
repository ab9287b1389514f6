def g():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", e)
            yield "recovered"

it = g()
print(next(it))
print(it.throw(ValueError("bad")))
print(next(it))
