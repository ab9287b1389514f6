def g():
    yield 1

it = g()
print(it.gi_running if hasattr(it, "gi_running") else False)
print(next(it))
print(list(it))
print(list(it))
