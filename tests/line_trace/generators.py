# Generators: each resumption prints a " --- modulename" line, then the
# lines run until the next yield; the consumer's lines follow.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def relay():
    yield from countdown(2)
    yield "done"


for value in relay():
    print(value)
