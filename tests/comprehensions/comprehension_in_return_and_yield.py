def g():
    yield [x for x in "ab"]
    return {x for x in [1]}

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(e.value)
