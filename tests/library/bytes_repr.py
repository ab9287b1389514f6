print(repr(b"\x00\x7f\x80\xff"), repr(b"'"), repr(b"\"'"), repr(b"\t\n\r\\"))
print(b"abc" == b"abc", b"a" < b"b", b"ab" * 2, len(b"\x00\x01"))
