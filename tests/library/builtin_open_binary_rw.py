import os
path = f"_tmp_open_binary_rw_{os.getpid()}.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01hello\xff"))
    print(f.write(bytearray(b"!")))
with open(path, "rb") as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open(path, "rb") as f:
    print(f.read(2), f.read(3), f.read(), f.read())
with open(path, "ab") as f:
    f.write(bytes([10, 65]))
with open(path, "rb") as f:
    print(f.readline(), f.readline(), f.readline())
os.remove(path)
print(os.path.exists(path))
