print(",".join(["a", "b", "c"]))
print("".join("xyz"))
print("-".join([]))
print(" ".join(str(i) for i in range(3)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
