print("".join(["a"] * 3), "|".join(("x", "y")), ".".join("abc"), ",".join({"k": 1, "j": 2}))
print(" ".join(map(str, range(3))), "-".join(sorted({"b", "a"})))
class S(str):
    pass
print("+".join([S("s"), "t"]))
