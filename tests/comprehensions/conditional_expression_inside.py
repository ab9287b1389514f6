print(["even" if x % 2 == 0 else "odd" for x in range(4)])
print({x: ("big" if x > 1 else "small") for x in range(3)})
