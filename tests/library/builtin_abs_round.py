print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-7 // 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(3.14159, 3), round(7), round(5.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(-0.5), round(1.5))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return "rounded"
    def __abs__(self):
        return "absolute"
print(round(R()), abs(R()))
