print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
print(list(reversed(range(4))))
r = reversed((1, 2))
print(next(r), next(r), next(r, "end"))
class R:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(R())))
