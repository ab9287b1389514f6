for i in range(3):
    print(i, end=" ")
print()
for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i, end=",")
else:
    print("no break")
print()
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
for x in []:
    pass
else:
    print("empty else")
print(list(range(10, 0, -3)), list(range(-2)), list(range(2, 8, 2)))
