s = "naïve 日本"
print(len(s), s[2], s[-2:], s.find("日"), s.upper())
print([ord(c) for c in s[:3]])
