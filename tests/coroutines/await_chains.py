# Await chains: return values travel up, exceptions travel through awaits.
class Yield:
    def __await__(self):
        value = yield "suspended"
        return value


async def leaf(x):
    got = await Yield()
    return x * 10 + got


async def middle(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    return a + b


async def top():
    return await middle(1)


c = top()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(c.send(5))
try:
    c.send(7)
except StopIteration as stop:
    print("returned", stop.value, stop.args)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def raiser():
    await Yield()
    raise KeyError("k")


async def catcher():
    try:
        await raiser()
    except KeyError as e:
        print("caught", repr(e))
        return "recovered"
    finally:
        print("finally in catcher")


c = catcher()
c.send(None)
try:
    c.send(None)
except StopIteration as stop:
    print("result", stop.value)


async def nothing():
    pass


c = nothing()
try:
    c.send(None)
except StopIteration as stop:
    print("None result:", stop.value, stop.args)


async def deep(n):
    if n == 0:
        return await Yield()
    return await deep(n - 1) + 1


c = deep(50)
c.send(None)
try:
    c.send(100)
except StopIteration as stop:
    print("deep", stop.value)


# __await__ through the coroutine wrapper
async def answer():
    return 42


w = answer().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as stop:
    print("wrapper", stop.value)


class Awaitable:
    def __await__(self):
        return answer().__await__()


async def use():
    return await Awaitable()


try:
    use().send(None)
except StopIteration as stop:
    print("via __await__", stop.value)

# A generator as __await__'s iterator
class GenAwait:
    def __await__(self):
        yield 1
        yield 2
        return "done"


async def gen_user():
    r = await GenAwait()
    return r


c = gen_user()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)
