class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class OnlyStr:
    def __str__(self):
        return "only str"
class Both:
    def __repr__(self):
        return "repr!"
    def __str__(self):
        return "str!"
for obj in [OnlyRepr(), Both()]:
    print(obj, str(obj), repr(obj), [obj], f"{obj}", f"{obj!r}")
print(OnlyStr(), [1, "two", 3.0, None, (True,)], str("x"), repr("x"))
