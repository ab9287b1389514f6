class L1:
    def __len__(self):
        return "3"
class L2:
    def __len__(self):
        return 2.0
for cls in [L1, L2]:
    try:
        len(cls())
    except TypeError as e:
        print(type(e).__name__, e)
