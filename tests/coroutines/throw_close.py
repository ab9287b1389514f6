# throw() and close() on coroutines, through await chains.
class Pause:
    def __await__(self):
        got = yield "paused"
        return got


async def inner():
    try:
        return await Pause()
    except ValueError as e:
        print("inner caught", repr(e))
        return "inner recovered"
    finally:
        print("inner finally")


async def outer():
    r = await inner()
    print("outer got", r)
    await Pause()
    return "outer done"


c = outer()
print(c.send(None))
print(c.throw(ValueError("injected")))
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("KeyError escaped:", e)
print(c.cr_suspended, c.cr_running)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def cleanup():
    try:
        await Pause()
    finally:
        print("cleanup on close")


c = cleanup()
c.send(None)
print("close ->", c.close())
print("close again ->", c.close())

c = cleanup()
print("close unstarted ->", c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def ignores():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()


c = ignores()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError:", e)
c.throw(StopIteration) if False else None

c = cleanup()
try:
    c.throw(TypeError("before start"))
except TypeError as e:
    print("unstarted throw:", e)

c = cleanup()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()


async def raises_stop():
    raise StopIteration("inside")


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


async def runner(coro):
    return await coro


# awaiting a coroutine that is already being awaited
c = cleanup()
c.send(None)
try:
    runner(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

# awaiting a finished coroutine
async def quick():
    return 1

q = quick()
try:
    q.send(None)
except StopIteration:
    pass
try:
    runner(q).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# the exception thrown into the wrapper of __await__
w = cleanup().__await__()
print(next(w))
try:
    w.throw(OSError("via wrapper"))
except OSError as e:
    print("wrapper throw:", e)
