class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("%s %r" % (P(), P()))
print("%d %i %u" % (3.9, -2.1, 5))
print("%s" % None, "%s" % True, "%d" % True, "%.2f" % 2)
print("%(a)s-%(b)s" % {"a": [1], "b": (2,)})
