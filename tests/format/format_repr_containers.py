d = {"a": [1, 2.5, "x"], "b": (None, True)}
print(f"{d}")
print(f"{d!r:>40}|")
print("{}".format({1, 2, 3}))
print(f"{(1,)} {()} {[]} {set()}")
