class Dog:
    tricks = []
    kind = "canine"
    def __init__(self, name):
        self.name = name

a, b = Dog("a"), Dog("b")
a.tricks.append("roll")
print(b.tricks, a.kind)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind)
Dog.kind = "dog"
print(a.kind, b.kind)
del a.kind
print(a.kind)
