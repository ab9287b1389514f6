print("a", (1, 2
x = 3
