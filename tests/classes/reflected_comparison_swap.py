class A:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("A.__gt__")
        return self.v > other
    def __lt__(self, other):
        print("A.__lt__")
        return self.v < other

print(5 < A(10))
print(5 > A(10))
print(A(1) < A(2))
