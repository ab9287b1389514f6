name, n, pi = "Ada", 42, 3.14159
print(f"{name} is {n}", f"{n!r} {name!r}", f"{{literal}}", f"{n + 1}")
print(f"{pi:.2f} {n:5d}|{n:<5}|{n:^5}|{name:>6}", f"{n:x} {n:o} {n:b} {n:08.3f}")
print(f"{n=}", f"{name=!s}", f"{1000000:,}", f"{0.25:%}", f"{'nested'!r:>10}")
width = 7
print(f"{pi:{width}.3f}|")
