def inner():
    while True:
        v = yield
        if v == "stop":
            return "inner-done"
        print("inner got", v)

def outer():
    r = yield from inner()
    print(r)

it = outer()
next(it)
it.send(1)
it.send(2)
try:
    it.send("stop")
except StopIteration:
    print("outer finished")
