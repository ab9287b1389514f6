class Base:
    @property
    def name(self):
        return "base"
    @property
    def kind(self):
        return "kind:" + self.name
class Child(Base):
    @property
    def name(self):
        return "child"

print(Base().kind, Child().kind, Child().name)
