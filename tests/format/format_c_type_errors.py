print(f"{0x263A:c}")
try:
    format(-1, "c")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "c")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(65, "+c")
except ValueError as e:
    print(type(e).__name__, e)
