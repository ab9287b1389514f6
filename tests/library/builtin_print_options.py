print("a", "b", sep="-")
print("a", "b", sep="")
print("x", end="!\n")
print("no newline", end="")
print()
print(1, 2, 3, sep=", ", end=".\n")
print(sep="*")
print("flush", flush=True)
print("none sep", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
