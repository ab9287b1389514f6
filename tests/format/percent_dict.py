print("%(name)s is %(age)d" % {"name": "Bo", "age": 7})
print("%(x)5.1f|" % {"x": 2.25})
print("%(a)s %(a)r" % {"a": "z"})
