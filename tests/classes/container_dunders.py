class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))

b = Box()
b["x"] = 1
b["a"] = 2
print(b["x"], len(b), "a" in b, "q" in b, list(b))
del b["x"]
print(len(b))
try:
    b["zz"]
except KeyError as e:
    print(type(e).__name__, e)
