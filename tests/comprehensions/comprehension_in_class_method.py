class P:
    def __init__(self, xs):
        self.xs = xs
    def scaled(self, k):
        return [x * k for x in self.xs]
    def index(self):
        return {x: i for i, x in enumerate(self.xs)}

p = P([3, 4])
print(p.scaled(2), p.index())
