try:
    raise ValueError("a", "b")
except ValueError as err:
    print(err.args, str(err), repr(err))
try:
    print(err)
except NameError as e:
    print("err was deleted:", e)
e = None
try:
    raise TypeError("t")
except TypeError as e2:
    saved = e2
print(type(saved).__name__, saved.__traceback__ is not None)
