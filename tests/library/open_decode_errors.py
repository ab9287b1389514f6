# Decoding errors while reading text files, with CPython's messages.
import os
path = "_tmp_open_decode_errors.txt"
cases = [b"ok\xffrest", b"abc\xe9", b"ab\xc3(", b"\xe2\x82", b"fine"]
for data in cases:
    with open(path, "wb") as f:
        f.write(data)
    for encoding in ("utf-8", "ascii", "latin-1"):
        try:
            with open(path, encoding=encoding) as f:
                print(encoding, repr(f.read()))
        except UnicodeDecodeError as e:
            print(encoding, type(e).__name__, e, e.start, e.end, e.reason)
os.remove(path)
