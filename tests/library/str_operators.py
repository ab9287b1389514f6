print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
print("a" + "b", "b" in "abc", "" in "abc", "ab" < "b", "B" < "a")
print("abc" == "abc", "abc" != "abd", min("hello"), max("hello"))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
