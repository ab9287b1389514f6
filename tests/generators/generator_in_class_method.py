class Bag:
    def __init__(self):
        self.items = [3, 1, 2]
    def sorted_items(self):
        yield from sorted(self.items)
    @staticmethod
    def evens(n):
        return (i for i in range(n) if i % 2 == 0)

print(list(Bag().sorted_items()))
print(list(Bag.evens(7)))
