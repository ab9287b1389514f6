# An uncaught exception raised deep in an await chain: the traceback shows
# every coroutine frame, as CPython's.
class Pause:
    def __await__(self):
        yield 1


async def leaf():
    await Pause()
    raise ValueError("deep")


async def middle():
    await leaf()


coro = middle()
coro.send(None)
print("resuming")
coro.send(None)
