data = "π≈3.14 😀".encode("utf-8")
print(data, len(data), data.decode("utf-8"))
print(b"ab\xc3".decode("utf-8", errors="ignore"), b"ab\xc3".decode("utf-8", "replace"))
try:
    b"ab\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("x".encode("utf-8") == b"x", str(data, "utf-8") == data.decode())
