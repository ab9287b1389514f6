s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print("one\n\ntwo\n".splitlines(), "".splitlines(), "\n".splitlines(True))
print("a\tb  c\n".split(), "a b".split(None, 0), " a b ".split(" "))
