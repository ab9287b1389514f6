people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums, sorted(nums, key=lambda n: (n % 3, n)))
class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"P{self.v}"
print(sorted([P(3), P(1), P(2)]), min(P(5), P(4)), max([P(1), P(9)]))
