print("{!r:>10}|".format("hi"))
print("{0!s:*^9}".format(12))
print("{:>{w}}|".format("z", w=4))
