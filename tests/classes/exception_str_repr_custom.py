class MyErr(Exception):
    def __str__(self):
        return "custom message"

try:
    raise MyErr("ignored")
except MyErr as e:
    print(e, repr(e), e.args)
print(repr(ValueError("x", 1)), str(ValueError()), str(KeyError("k")), str(ValueError("a", "b")))
