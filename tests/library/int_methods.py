print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else 2)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print((7).conjugate(), (6).numerator, (6).denominator, (3).real, (3).imag, (12).as_integer_ratio())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
