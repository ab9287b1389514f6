print(f"{True:5}|{False:>5}|{True:d}|{True:.2f}|{True!s:>6}|")
print("%s %d %r" % (True, False, True))
print(format(True, "^6"), format(False, "x"))
