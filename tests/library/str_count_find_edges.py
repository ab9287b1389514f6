s = "aaaa"
print(s.count("aa"), s.find("aa", 1), s.rfind("aa"), s.find("", 10), s.rfind(""), s.count("", 2))
print("abc".find("c", -1), "abc".find("a", -10, -2), "abc".startswith("", 3), "abc".endswith("c", -1))
print("abcabc".index("c", 3), "x".center(0), "abc"[5:1], "abc"[-1:-4:-1])
