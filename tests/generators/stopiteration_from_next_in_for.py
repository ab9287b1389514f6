class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("end")
        return self.i

total = 0
for v in It():
    total += v
print(total)
print([v for v in It()])
