parts = []
for i in range(10000):
    parts.append(str(i))
s = "".join(parts)
print(len(s), s[:20], s[-10:])
t = ""
for i in range(2000):
    t += "ab"
print(len(t))
