s = "héllo"
print(list(s), [c for c in s if c in "aeioué"], "ll" in s, "x" not in s)
print(s.index("l"), list(enumerate(s))[1], list(reversed(s)))
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
