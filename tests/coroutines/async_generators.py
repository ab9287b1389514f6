# Async generators: async for, __anext__, asend, athrow, aclose.
class Tick:
    def __await__(self):
        yield "tick"


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value


async def ticker(n):
    for i in range(n):
        await Tick()
        yield i * i


async def main():
    out = []
    async for v in ticker(4):
        out.append(v)
    print(out)
    print([v async for v in ticker(3)])
    return len(out)


print(run(main()))

agen = ticker(2)
print(type(agen).__name__, agen.__name__, agen.ag_running)
print(agen.__aiter__() is agen)
a = agen.__anext__()
print(type(a).__name__, a.__await__() is a)
print(a.send(None))  # the inner await's tick passes up
try:
    a.send(None)
except StopIteration as stop:
    print("first value", stop.value)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError as e:
        yield f"handled {e}"
    finally:
        print("echo cleanup", received)


def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return ("value", stop.value)
    except StopAsyncIteration:
        return ("stop",)
    except Exception as e:
        return ("error", type(e).__name__, str(e))
    return ("suspended",)


g = echo()
print(step(g.asend(None)))
print(step(g.asend("a")))
print(step(g.asend("b")))
print(step(g.athrow(ValueError("bad"))))
print(step(g.aclose()))
print(step(g.__anext__()))
print(step(g.aclose()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


g = stubborn()
print(step(g.__anext__()))
print(step(g.aclose()))


async def finite():
    yield "only"
    return


g = finite()
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))


async def raises_stop():
    yield 1
    raise StopAsyncIteration


g = raises_stop()
print(step(g.__anext__()))
print(step(g.__anext__()))

g = ticker(3)
print(step(g.athrow(KeyError("early"))))
print(step(g.__anext__()))


async def with_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup ran")


async def consume():
    # Breaking out leaves the generator suspended: close it explicitly
    # (Baton does not yet close generators when they are collected).
    g = with_cleanup()
    async for x in g:
        print("got", x)
        break
    await g.aclose()
    print("closed; running:", g.ag_running)


run(consume())
g = with_cleanup()
run(g.__anext__())
run(g.aclose())
print(step(g.__anext__()))
