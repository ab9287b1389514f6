class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
class Child(Base):
    @property
    def v(self):
        return super().v + 100
print(Child().v)
