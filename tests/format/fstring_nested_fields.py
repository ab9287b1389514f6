width, prec = 10, 3
v = 3.14159
print(f"[{v:{width}.{prec}f}]")
print(f"[{'x':{'>'}{width}}]")
fill = "*"
print(f"[{'mid':{fill}^{width}}]")
print(f"[{42:{'+' if True else ''}}]")
