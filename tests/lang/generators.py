def gen(n):
    for i in range(n):
        yield i * 2
    return "done"
print(list(gen(4)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def delegate():
    result = yield from gen(2)
    yield result
print(list(delegate()))
