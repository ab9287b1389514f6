a = 1
b = 2
s = (f"a={a} "
     f"b={b}")
print(s)
print(f'''triple {a}
line2 {b}''')
print(f"{'nested quotes'}")
