class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" ({self.age} months)"
for a in [Animal("a"), Dog("rex"), Puppy("bit", 3)]:
    print(a.speak())
print(issubclass(Puppy, Animal), isinstance(Puppy("x", 1), Dog), Puppy.__mro__)
