t = str.maketrans({"a": "1", "b": None, "c": "xyz"})
print("abcabc".translate(t))
t2 = str.maketrans("abc", "xyz", "d")
print("abcd".translate(t2), sorted(t2.items()))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
