# A coroutine driven by hand with send(): each send resumes it (and the
# awaitable's __await__ generator under it), with a " --- modulename" line.
class Ready:
    def __await__(self):
        yield "paused"
        return 42


async def compute():
    value = await Ready()
    return value + 1


coroutine = compute()
print(coroutine.send(None))
try:
    coroutine.send(None)
except StopIteration as stop:
    print("result", stop.value)
