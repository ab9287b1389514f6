class Ver:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __repr__(self):
        return f"Ver({self.n})"

a, b = Ver(1), Ver(2)
print(a < b, b > a, a <= b, b >= a)
print(sorted([Ver(3), Ver(1), Ver(2)]), max(Ver(5), Ver(9)), min([Ver(4), Ver(0)]))
try:
    Ver(1) < 5
except AttributeError as e:
    print(type(e).__name__, e)
