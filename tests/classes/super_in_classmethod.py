class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
class Derived(Base):
    @classmethod
    def create(cls):
        return "Derived+" + super().create()

print(Derived.create())
