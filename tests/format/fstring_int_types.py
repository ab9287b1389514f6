n = 255
print(f"{n:d} {n:x} {n:X} {n:o} {n:b} {n:c}")
print(f"{n:#x} {n:#X} {n:#o} {n:#b}")
print(f"{-n:x} {-n:#x} {-n:#b}")
print(f"{n:#010x} {n:010b}")
print(f"{65:c}{97:c}")
