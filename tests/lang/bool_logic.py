print(True and False, True or False, not True, not 0, not "")
print(0 or "x", "" or 0, 1 and 2, 0 and 2, None or [] or "last")
print(bool(0), bool(1), bool([]), bool([0]), bool(""), bool("a"), bool(None), bool({}), bool(0.0))
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
