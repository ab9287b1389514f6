class Base:
    def __repr__(self):
        return "Base-repr"
class D(Base):
    def __repr__(self):
        return "D(" + super().__repr__() + ")"
    def __str__(self):
        return "str:" + super().__str__()

print(repr(D()), str(D()))
