class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry.append(cls.__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
class Child(Base):
    def __init__(self, v=0):
        self.v = v
class Other(Base):
    pass
print(type(Child.create(5)).__name__, Child.create(1).v, type(Other.create()).__name__, Base.registry)
print(Child.helper(4), Child().helper(5))
