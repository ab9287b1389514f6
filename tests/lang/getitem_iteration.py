class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), [s for s in Squares()])
