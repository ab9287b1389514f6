data = {"user": {"name": "amy"}, "list": [10, 20]}
print("{0[user][name]} {0[list][1]}".format(data))
print("{:{fill}{align}{width}}".format("x", fill="-", align="^", width=7))
print("{0:>{1}}|{0:<{1}}|".format("ab", 5))
print("{!a}".format("ü"))
print("{0}{0}{0}".format("ha"))
