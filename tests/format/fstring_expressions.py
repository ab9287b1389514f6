d = {"a": 1}
items = [1, 2, 3]
print(f"{d['a']} {items[-1]} {len(items)} {items[0] + items[1]}")
print(f"{'yes' if items else 'no'}")
print(f"{ {'k': 1}['k'] }")
print(f"{(lambda: 5)()}")
print(f"{{}} {{x}} {'{'}")
