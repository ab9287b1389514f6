print(list(map(str, [1, 2])), list(map(len, ["a", "bb"])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(str.isdigit, "a1b2")))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
