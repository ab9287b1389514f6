print(int(), int(3.9), int(-3.9), int("42"), int(" 7 "), int("-0"), int("1_000"), int(True))
print(int("ff", 16), int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("10", 2))
for v in ["3.5", "", "abc", "1e3", "0x10"]:
    try:
        int(v)
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1]]:
    try:
        int(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
