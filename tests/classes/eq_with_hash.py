class K:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"K({self.k})"

s = {K(1), K(1), K(2)}
print(len(s), K(1) in s)
d = {K("a"): 1}
d[K("a")] = 2
print(d)
