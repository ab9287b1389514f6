def acc():
    items = []
    while True:
        item = yield len(items)
        items.append(item)
        if len(items) == 3:
            return items

it = acc()
next(it)
it.send("a")
it.send("b")
try:
    it.send("c")
except StopIteration as e:
    print(e.value)
