# The messages of await misuse, as CPython 3.11.
async def use(x):
    return await x


class BadAwait:
    def __await__(self):
        return 5


class NotIter:
    def __await__(self):
        return [1]


async def coro():
    return 1


class ReturnsCoroutine:
    made = []

    def __await__(self):
        self.made.append(coro())
        return self.made[-1]


for value in [3, None, "s", BadAwait(), NotIter(), ReturnsCoroutine()]:
    try:
        use(value).send(None)
    except TypeError as e:
        print("TypeError:", e)

c = coro()
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()


def gen(c):
    yield from c


c = coro()
try:
    next(gen(c))
except TypeError as e:
    print("TypeError:", e)
c.close()
for made in ReturnsCoroutine.made:
    made.close()


async def me():
    return await current


current = me()
try:
    current.send(None)
except ValueError as e:
    print("ValueError:", e)
print(repr(coro)[:20])
r = repr(current)
print(r.startswith("<coroutine object me at 0x"), r.endswith(">"))


class C:
    async def method(self):
        return "m"


m = C().method()
print(m.__name__, m.__qualname__)
try:
    m.send(None)
except StopIteration as s:
    print(s.value)
c = coro()
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
c.close()
