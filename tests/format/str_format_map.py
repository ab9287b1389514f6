print("{a} {b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "?" + key

print("{a} {zz}".format_map(Default(a=1)))
