class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
try:
    raise NotFound("file")
except AppError as e:
    print(type(e).__name__, e, e.what, isinstance(e, Exception))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise AppError("wrapped") from e
except AppError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
print(repr(ValueError("x")), repr(ValueError()), str(KeyError("k")))
