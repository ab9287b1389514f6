async def g():
    await x
    async with a as b, c:
        pass
    async for i in y:
        pass
    return [i async for i in z]
