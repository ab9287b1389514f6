class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value

class Item:
    qty = Typed("qty", int)

i = Item()
print(i.qty)
i.qty = 5
print(i.qty, type(Item.qty).__name__)
try:
    i.qty = "many"
except TypeError as e:
    print(type(e).__name__, e)
