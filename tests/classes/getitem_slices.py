class S:
    def __getitem__(self, k):
        return k

s = S()
print(s[1], s[1:2], s[::2], s[1, 2], s[:, 1], s["k"])
sl = s[1:5:2]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
