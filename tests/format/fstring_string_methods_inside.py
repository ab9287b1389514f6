names = ["ann", "bob"]
print(f"{', '.join(n.title() for n in names)}")
print(f"{names[0].upper()!r}")
