print(repr("ab".center(6)), repr("ab".center(7, "*")), repr("ab".ljust(5, ".")), repr("ab".rjust(5)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print(repr("a\tb".expandtabs()), repr("a\tb".expandtabs(4)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
