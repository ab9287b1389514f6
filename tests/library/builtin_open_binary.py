import os
path = "_tmp_open_binary.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01hello\xff"))
with open(path, "rb") as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path, "rb") as f:
    print(f.read(2), f.read(3), f.read())
with open(path, "r", encoding="latin-1") as f:
    print(repr(f.read()))
os.remove(path)
