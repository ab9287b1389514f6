class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2

s = Squares(4)
print(list(s), list(s), sum(Squares(3)), 9 in Squares(3))
