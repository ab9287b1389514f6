print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool({}), bool(range(0)))
class Z:
    def __bool__(self):
        return False
class N:
    def __len__(self):
        return 0
print(bool(Z()), bool(N()), bool(object()))
print(True + True, True * 3, False - 1, str(True), repr(False), int(True))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
