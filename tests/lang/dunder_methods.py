class Vec:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __str__(self):
        return "Vec" + str(tuple(self.items))
    def __lt__(self, other):
        return len(self) < len(other)
    def __bool__(self):
        return bool(self.items)
    def __call__(self, k):
        return [i * k for i in self.items]
v = Vec(1, 2, 3)
print(len(v), v[0], v[-1], list(v), 2 in v, 7 in v, str(v), v(2))
print(Vec(1) < v, bool(Vec()), sorted([Vec(1, 2), Vec(), Vec(5)], key=len)[0])
print(max(Vec(1), Vec(1, 2), key=len))
