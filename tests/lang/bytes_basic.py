b = b"hello"
print(b, len(b), b[0], b[1:3], list(b[:2]), b + b"!", b * 2, b"l" in b)
print(bytes([65, 66]), bytes(3), b"a\x00\xff", b.upper(), b.decode(), "héllo".encode())
print(b.split(b"l"), b"-".join([b"a", b"b"]), b.hex(), bytes.fromhex("414243"))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
print(ba, len(ba), bytes(ba))
