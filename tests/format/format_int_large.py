n = 2 ** 70
print(f"{n} {n:,} {n:x} {n:e}")
print(f"{-n:_}")
print(f"{n:.3e}")
