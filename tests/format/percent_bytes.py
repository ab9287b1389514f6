print(b"%s-%d" % (b"ab", 5))
print(b"%x" % 255)
print(b"%5s|" % b"x")
