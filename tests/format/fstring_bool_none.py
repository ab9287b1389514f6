print(f"{True} {False:d} {True:>6} {None}")
print(f"{True:x}")
print(format(True, ""))
