class Tree:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i * 2

t = Tree([1, 2, 3])
print(list(t), list(t))
print(3 in Tree([1]), 2 in Tree([1]))
