a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-2], a[8:2:-2], a[100:], a[-100:2])
s = "abcdefgh"
print(s[1:6:2], s[::-1], s[-2:], s[:-2], s[5:1])
a[2:4] = []
print(a)
a[::2] = [0] * len(a[::2])
print(a)
t = tuple(range(6))
print(t[1::2], t[::-1][:2])
