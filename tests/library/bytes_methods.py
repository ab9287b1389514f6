b = b"hello world"
print(b.split(), b.upper(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b[0], b[-1], b[1:3])
print(b"-".join([b"a", b"b"]), b.decode(), list(b"ab"))
print(b.hex(), bytes.fromhex("6869"), b.index(b"w"), b"x" in b, 104 in b)
print(b"a,b".split(b","), b.title(), b.isdigit(), b"12".isdigit())
