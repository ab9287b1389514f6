async def f():
    x = [await y async for y in z]
