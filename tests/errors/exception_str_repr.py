errors = [ValueError(), ValueError("a"), ValueError("a", 2), KeyError("k"), KeyError(), OSError(2, "No such file"), StopIteration(5)]
for e in errors:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(TimeoutError, OSError))
print(issubclass(RecursionError, RuntimeError), issubclass(KeyboardInterrupt, Exception), issubclass(ConnectionResetError, ConnectionError))
