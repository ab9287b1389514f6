print(int("١٢٣"), int("  +5\n"), int("-0b11", 0), int("0_7", 8) if False else int("07", 8), int("Z", 36))
for s, b in [("12", 1), ("12", 37), ("08", 0), ("0x", 16), ("1__0", 10)]:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
