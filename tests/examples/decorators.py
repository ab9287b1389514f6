# Closures and decorators: functions that remember their environment, a
# memoizing decorator, a call counter written as a class, and a decorator
# that takes arguments. No timing: counting calls shows the effect of the
# cache deterministically.


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def memoize(function):
    """Remember each result, keyed by the arguments."""
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = function(*args)
        return cache[args]

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


class CountCalls:
    """A decorator can be a class: its instances are callable."""

    def __init__(self, function):
        self.function = function
        self.calls = 0
        self.__name__ = function.__name__
        self.__doc__ = function.__doc__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.function(*args, **kwargs)


def retry(times):
    """A decorator factory: retry(3) gives a decorator."""
    def decorator(function):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return function(*args)
                except ConnectionError as error:
                    print(f"  attempt {attempt} failed: {error}")
            raise ConnectionError(f"gave up after {times} attempts")
        return wrapper
    return decorator


@CountCalls
def slow_fibonacci(n):
    return n if n < 2 else slow_fibonacci(n - 1) + slow_fibonacci(n - 2)


def fibonacci(n):
    """Fibonacci, recursing through the cached version."""
    return n if n < 2 else fast_fibonacci(n - 1) + fast_fibonacci(n - 2)


# Decorating by hand is just a call: keep the counter to read it later.
counted_fibonacci = CountCalls(fibonacci)
fast_fibonacci = memoize(counted_fibonacci)

FAILURES = [2]  # how many times the fake network fails before working


@retry(times=3)
def fetch(url):
    if FAILURES[0] > 0:
        FAILURES[0] -= 1
        raise ConnectionError(f"{url} timed out")
    return f"contents of {url}"


def main():
    first, second = make_counter(), make_counter(100)
    print("counters:", first(), first(), first(5), second(), first())

    adders = [lambda x, n=n: x + n for n in range(3)]
    late = [lambda x: x + n for n in range(3)]
    print("default captures:", [f(10) for f in adders], "late binding:", [f(10) for f in late])

    print("slow_fibonacci(20) =", slow_fibonacci(20), "in", slow_fibonacci.calls, "calls")
    print("fast_fibonacci(20) =", fast_fibonacci(20), "in", counted_fibonacci.calls, "calls")
    print("fast_fibonacci(90) =", fast_fibonacci(90), "in", counted_fibonacci.calls, "calls in all")
    print("name and doc kept:", fast_fibonacci.__name__, "-", fast_fibonacci.__doc__)

    print("fetch:", fetch("example.org"))
    FAILURES[0] = 5
    try:
        fetch("example.com")
    except ConnectionError as error:
        print("error:", error)

    def compose(*functions):
        def composed(value):
            for function in functions:
                value = function(value)
            return value
        return composed

    shout = compose(str.strip, str.upper, lambda s: s + "!")
    print("composed:", shout("  hello "))


if __name__ == "__main__":
    main()
