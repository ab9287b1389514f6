class Box:
    def __init__(self, value):
        self.value = value
        self.items = [value, str(value), (value,), {"k": value}]
total = 0
keep = []
for i in range(20000):
    b = Box(i)
    total += len(b.items)
    if i % 1000 == 0:
        keep.append(b)
print(total, len(keep), keep[-1].value, keep[3].items)
