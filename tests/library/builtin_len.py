print(len("abc"), len([1]), len(()), len({}), len({1, 2}), len(range(10)), len(b"xy"), len("日本"))
class L:
    def __len__(self):
        return 7
print(len(L()))
for v in [5, None, 2.0]:
    try:
        len(v)
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __len__(self):
        return -1
try:
    len(Bad())
except ValueError as e:
    print(type(e).__name__, e)
