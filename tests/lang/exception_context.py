try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ValueError("second") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
