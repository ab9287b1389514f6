# A tiny round-robin scheduler: coroutines stepped with send(None), sleeping
# by yielding from a custom awaitable, as an event loop does.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        # Yield to the scheduler; its answer is sent back in.
        woke = yield ("sleep", self.ticks)
        return woke


class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.now = 0
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((name, coro, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                self.now = self.sleeping[0][0]
                while self.sleeping and self.sleeping[0][0] == self.now:
                    wake, order, name, coro = self.sleeping.pop(0)
                    self.ready.append((name, coro, self.now))
            name, coro, value = self.ready.pop(0)
            try:
                request = coro.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"t={self.now} {name} finished -> {stop.value!r}")
                continue
            except Exception as error:
                self.results[name] = error
                print(f"t={self.now} {name} failed: {type(error).__name__}: {error}")
                continue
            kind, ticks = request
            self.sleeping.append((self.now + ticks, len(self.sleeping), name, coro))


async def sleep(ticks):
    return await Sleep(ticks)


async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"{name} sleeps {d}")
        woke = await sleep(d)
        print(f"{name} woke at {woke}")
        total += d
    return total


async def failing():
    await sleep(2)
    raise ValueError("boom")


async def parent():
    a = await worker("child-a", [1])
    b = await worker("child-b", [1, 1])
    return a + b


s = Scheduler()
s.spawn("A", worker("A", [3, 1]))
s.spawn("B", worker("B", [1, 1, 1]))
s.spawn("C", failing())
s.spawn("P", parent())
s.run()
print(sorted((k, v if isinstance(v, int) else repr(v)) for k, v in s.results.items()))
