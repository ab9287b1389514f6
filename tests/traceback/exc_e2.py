try:
    try:
        raise ValueError('a')
    except ValueError as a:
        raise TypeError('b') from None
except TypeError as b:
    print(b.__suppress_context__, repr(b.__context__))
def f():
    raise KeyError('x') from None
try:
    f()
except KeyError:
    raise
