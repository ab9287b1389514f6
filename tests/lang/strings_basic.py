s = "Hello, World"
print(len(s), s[0], s[-1], s[1:5], s[::-1], s[::2], s[7:], s[:5])
print(s.upper(), s.lower(), s.replace("l", "L"), s.find("o"), s.rfind("o"), s.count("l"))
print(s.split(", "), "a b  c".split(), "a,b,,c".split(","), "x".join(["1", "2", "3"]))
print("  pad  ".strip() + "|", "xxhixx".strip("x"), "hi".center(8, "*"), "7".zfill(3))
print(s.startswith("Hell"), s.endswith("d"), "abc" in s, "World" in s)
print("ab" * 3, "a" + "b", "%s is %d years" % ("Bob", 30))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("new\nline"))
