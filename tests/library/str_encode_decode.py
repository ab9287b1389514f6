s = "héllo €"
b = s.encode()
print(b, len(s), len(b))
print(b.decode(), b.decode("utf-8"))
print("abc".encode("ascii"), "é".encode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "ignore"))
