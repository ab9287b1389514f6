s = "hello world"
print(s.find("o"), s.rfind("o"), s.find("z"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("w"), s.rindex("l"), s.count("l"), s.count("l", 4))
print(s.find(""), s.count(""))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("z")
except ValueError as e:
    print(type(e).__name__, e)
