class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        setattr(obj, self.name, v)

class Rec:
    title = Field()
    year = Field()

r = Rec()
r.title = "Dune"
print(r.title, r.year, sorted(vars(r)))
