print("%s %d" % (a, b))
