print("a b c d".rsplit(maxsplit=2), "a,b,c".rsplit(",", maxsplit=1), "  x  y  ".rsplit(None, 1))
print("a b c d".split(maxsplit=2), "abc".rsplit("b"), "a,b,".split(","))
