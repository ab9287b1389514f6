x = yield from f()
