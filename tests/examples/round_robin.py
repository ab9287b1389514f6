# Coroutines without asyncio: `async def` functions driven by a
# hand-written round-robin scheduler. A coroutine runs until it awaits one
# of the small awaitables below; its `yield` hands a request to the
# scheduler, which decides who runs next. That is all an event loop is.


class Pause:
    """await Pause(): let the other tasks run once."""

    def __await__(self):
        yield ("pause", None)


class Sleep:
    """await Sleep(ticks): wait a number of scheduler ticks (no real time)."""

    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Channel:
    """A queue between tasks: receive() waits while it is empty."""

    def __init__(self):
        self.items = []

    def send(self, item):
        self.items.append(item)

    async def receive(self):
        while not self.items:
            await Pause()
        return self.items.pop(0)


class Scheduler:
    def __init__(self):
        self.ready = []     # (name, coroutine, value to send in)
        self.sleeping = []  # (wake-up tick, name, coroutine)
        self.tick = 0
        self.results = {}

    def spawn(self, name, coroutine):
        self.ready.append((name, coroutine, None))

    def step(self, name, coroutine, value):
        try:
            request, argument = coroutine.send(value)
        except StopIteration as stop:
            self.results[name] = stop.value
            print(f"  {name} finished -> {stop.value!r}")
            return
        if request == "sleep":
            self.sleeping.append((self.tick + argument, name, coroutine))
        else:
            self.ready.append((name, coroutine, None))

    def run(self):
        while self.ready or self.sleeping:
            self.tick += 1
            woken = [entry for entry in self.sleeping if entry[0] <= self.tick]
            self.sleeping = [entry for entry in self.sleeping if entry[0] > self.tick]
            for _, name, coroutine in sorted(woken, key=lambda entry: entry[0]):
                self.ready.append((name, coroutine, None))
            batch, self.ready = self.ready, []
            print(f"tick {self.tick}: " + (", ".join(name for name, _, _ in batch) or "(all asleep)"))
            for name, coroutine, value in batch:
                self.step(name, coroutine, value)
        return self.results


def log(message):
    print(f"    {message}")


async def counter(name, limit):
    total = 0
    for i in range(1, limit + 1):
        log(f"{name} counts {i}")
        total += i
        await Pause()
    return total


async def sleeper(ticks):
    log(f"sleeper naps {ticks} ticks")
    await Sleep(ticks)
    log("sleeper wakes up")
    return "rested"


async def producer(channel, words):
    for word in words:
        log(f"producer sends {word!r}")
        channel.send(word)
        await Sleep(2)
    channel.send(None)
    return len(words)


async def consumer(channel):
    received = []
    while (word := await channel.receive()) is not None:
        log(f"consumer got {word!r}")
        received.append(word.upper())
    return received


def main():
    scheduler = Scheduler()
    channel = Channel()
    scheduler.spawn("counter-a", counter("a", 3))
    scheduler.spawn("counter-b", counter("b", 2))
    scheduler.spawn("sleeper", sleeper(4))
    scheduler.spawn("producer", producer(channel, ["red", "green", "blue"]))
    scheduler.spawn("consumer", consumer(channel))
    results = scheduler.run()
    print("results:", sorted(results.items()))
    print("ticks:", scheduler.tick)


if __name__ == "__main__":
    main()
