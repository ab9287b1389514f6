# A pipeline of lazy stages built from generators: each stage pulls one
# item at a time from the one before it, so nothing is computed until the
# end of the pipeline asks for it. The log shows the interleaving.

LOG = []


def read_lines(lines):
    for number, line in enumerate(lines, start=1):
        LOG.append(f"read {number}")
        yield number, line


def parse(records):
    for number, line in records:
        name, _, value = line.partition("=")
        try:
            yield name.strip(), int(value)
        except ValueError:
            LOG.append(f"skip {number}: {line!r}")


def only_positive(pairs):
    return ((name, value) for name, value in pairs if value > 0)


def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total


def take(n, iterable):
    """The first n items of any iterable, lazily (never pulling an extra one)."""
    if n <= 0:
        return
    for count, item in enumerate(iterable, start=1):
        yield item
        if count == n:
            return


def countdown(n):
    """A generator that also receives values: send() changes its step."""
    step = 1
    while n > 0:
        received = yield n
        if received is not None:
            step = received
        n -= step


def main():
    source = ["a = 5", "b = -2", "c = x", "d = 7", "e = 1", "f = 9", "g = 4"]
    pipeline = take(3, running_total(only_positive(parse(read_lines(source)))))
    print("nothing read yet:", LOG)
    for name, value, total in pipeline:
        LOG.append(f"use {name}")
        print(f"{name} = {value:2}, running total {total:2}")
    print("\n".join(LOG))
    print("lines f and g were never read:", "read 6" not in LOG)

    squares = (n * n for n in range(1, 1_000_000_000))
    print("first squares over 50:", list(take(4, (s for s in squares if s > 50))))

    counter = countdown(20)
    values = [next(counter), next(counter), counter.send(5), next(counter), counter.send(2)]
    print("countdown:", values, list(counter))

    def flatten(nested):
        for item in nested:
            if isinstance(item, list):
                yield from flatten(item)
            else:
                yield item

    print("flattened:", list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))


if __name__ == "__main__":
    main()
