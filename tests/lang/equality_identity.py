a = [1, 2]
b = a
c = [1, 2]
print(a == b, a is b, a == c, a is c, a != c)
print(None == 0, None is None, 1 == 1.0, "1" == 1, (1, [2]) == (1, [2]))
class Any:
    def __eq__(self, other):
        return True
print(Any() == 5, 5 == Any(), Any() != 5, [Any()] == [1])
