print(str(), str(5), str(2.5), str([1, "a"]), str(None), str(b"x"))
print(str(b"abc", "utf-8"), str(b"h\xc3\xa9", encoding="utf-8"))
print(repr(str("x")))
class A:
    pass
print(str(A()).startswith("<__main__.A object at"))
