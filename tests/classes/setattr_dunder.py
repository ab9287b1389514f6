class Locked:
    def __init__(self):
        object.__setattr__(self, "ready", True)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

l = Locked()
print(l.ready)
try:
    l.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
