ba = bytearray(b"hello")
ba += b"!"
print(ba, ba.upper(), ba.find(b"l"), ba.replace(b"l", b"L"))
ba[1:3] = b"EE"
print(ba)
print(bytearray(b"ab") == b"ab", b"ab" + bytearray(b"c"), bytearray(b"x") * 3)
print(ba.count(b"l"), ba.startswith(b"h"), ba.hex())
