print(bytes(2), bytes([104, 105]), bytes("hi", "ascii"), list(bytes(b"\x01\x02")))
print(bytes.fromhex("00ff"), bytes(bytearray(b"z")))
