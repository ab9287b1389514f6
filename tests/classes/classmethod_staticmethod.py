class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b

Counter()
c = Counter.make()
print(Counter.how_many(), c.how_many(), Counter.add(2, 3), c.add(1, 1))
class Sub(Counter):
    pass
s = Sub.make()
print(type(s).__name__, Sub.how_many(), Counter.count)
