try:
    raise ValueError('first')
except ValueError as e:
    err = e
try:
    raise err
except ValueError as e2:
    pass
a = ValueError('a')
b = TypeError('b')
try:
    try:
        raise a
    except ValueError:
        raise b
except TypeError:
    pass
try:
    try:
        raise b
    except TypeError:
        raise a
except ValueError as c:
    print(repr(c.__context__), repr(c.__context__.__context__))
raise a
