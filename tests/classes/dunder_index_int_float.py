class Num:
    def __index__(self):
        return 2
    def __int__(self):
        return 7
    def __float__(self):
        return 1.5

n = Num()
print([10, 20, 30][n], int(n), float(n), bin(n), hex(n), range(5)[n])
print("ab" * n)
