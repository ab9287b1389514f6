print(max("apple", "banana", key=len), max([1, 3, 2], default=0), max(iter([4, 8])))
print(min({"b": 1, "a": 2}), max({"b": 1, "a": 2}.values()), min(range(5, 0, -1)))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
