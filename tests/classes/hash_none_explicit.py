class H:
    __hash__ = None
try:
    hash(H())
except TypeError as e:
    print(type(e).__name__, e)
class H2(H):
    def __hash__(self):
        return 7
print(hash(H2()))
class H3:
    def __hash__(self):
        return "no"
try:
    hash(H3())
except TypeError as e:
    print(type(e).__name__, e)
