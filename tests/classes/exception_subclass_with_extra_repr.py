class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, repr(e), isinstance(e, ValueError))
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), repr(Empty(1, 2)), str(Empty("x")))
