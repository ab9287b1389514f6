print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(b"ab"), bytes())
print(bytes(range(3)))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
