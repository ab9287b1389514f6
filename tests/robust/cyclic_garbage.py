class Node:
    pass
for i in range(5000):
    a = Node(); b = Node()
    a.other = b; b.other = a
    a.data = list(range(10))
x = []
x.append(x)
print(x, len(x))
d = {}
d["self"] = d
print(d)
