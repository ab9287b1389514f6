def g():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise

it = g()
next(it)
it.close()
print("ok")
