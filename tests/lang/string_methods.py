s = "The quick brown fox"
print(s.title(), s.swapcase(), s.capitalize(), "ABC".lower(), "abc".isalpha(), "12".isdigit())
print(s.partition(" "), s.rpartition(" "), s.split(" ", 1), s.rsplit(" ", 1), "a\nb\n".splitlines())
print("x".ljust(3, ".") + "|", "x".rjust(3) + "|", "  x ".lstrip() + "|", " x  ".rstrip() + "|")
print(s.index("quick"), "abcabc".replace("b", "", 1), " ".isspace(), "Ab".isupper(), "ab1".isalnum())
print("hello"[1:-1], "hello".encode(), b"bytes".decode(), "é".encode("utf-8"), len("héllo"))
print("{} + {} = {}".format(1, 2, 3), "{name}!".format(name="hi"), "{0}{1}{0}".format("a", "b"))
