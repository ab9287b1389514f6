class It:
    def __iter__(self):
        return iter([1, 2, 3])
class Gi:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError(i)
        return i * 10
print(2 in It(), 5 in It(), 30 in Gi(), 35 in Gi(), 3 not in It())
class NoIter:
    pass
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
