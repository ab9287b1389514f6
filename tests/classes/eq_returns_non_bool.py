class Weird:
    def __eq__(self, other):
        return "yes"
    __hash__ = None

print(Weird() == 1, Weird() != 1)
print(1 in [Weird()])
print(bool(Weird() == 0))
