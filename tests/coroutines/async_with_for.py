# async with (__aenter__/__aexit__) and async for (__aiter__/__anext__).
class Tick:
    def __await__(self):
        yield "tick"


class Resource:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Tick()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as stop:
            print("ticks:", ticks)
            return stop.value


async def main():
    async with Resource("a") as r:
        print("inside", r.name)
    async with Resource("b", swallow=True):
        raise ValueError("swallowed")
    try:
        async with Resource("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with Resource("d") as d, Resource("e") as e:
        print("two", d.name, e.name)
    items = []
    async for i in Countdown(3):
        items.append(i)
    print(items)
    async for i in Countdown(5):
        if i == 2:
            break
        print("loop", i)
    else:
        print("not reached")
    async for i in Countdown(0):
        print("never")
    else:
        print("else runs")
    return "main done"


print(run(main()))


async def bad_with(x):
    async with x:
        pass


async def bad_for(x):
    async for i in x:
        pass


class NoAexit:
    async def __aenter__(self):
        return self


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class AenterNotAwaitable:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


class AiterBad:
    def __aiter__(self):
        return [1, 2]


class AnextBad:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


for coro in [bad_with(3), bad_with(SyncOnly()), bad_with(NoAexit()), bad_with(AenterNotAwaitable()),
             bad_for([1, 2]), bad_for(AiterBad()), bad_for(AnextBad())]:
    try:
        coro.send(None)
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))


class Fails:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise OSError("read failed")


async def reads():
    try:
        async for x in Fails():
            pass
    except OSError as e:
        print("loop error:", e)


run(reads())
