print("hello, world")
print(1 + 2, 3 * 4, 7 // 2, 7 % 3, 2 ** 10)
