class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq called")
        return self.v == other.v

print(E(1) != E(2))
print(E(1) != E(1))
