class Evens:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return (i for i in range(0, self.limit, 2))

e = Evens(9)
print(list(e), sum(e), max(e), sorted(e, reverse=True), tuple(zip(e, "ab")), list(enumerate(e))[:2])
print(list(map(str, e)), set(e) == {0, 2, 4, 6, 8}, dict.fromkeys(e, 0))
