b = b"abc"
print(b[0], b[-1], b[0:1], list(b), [chr(x) for x in b], b[::-1], b * 2)
print(b"" == bytes(), len(b), b"b" in b, 97 in b, b.find(99), bytes(reversed(b)))
try:
    b[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
