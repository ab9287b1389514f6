class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Empty()), bool(Truthy()), "yes" if Empty() else "no", not Empty())
