class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.name, d.breed, d.speak())
print(isinstance(d, Animal), Dog.__mro__ if False else [c.__name__ for c in Dog.__mro__])
