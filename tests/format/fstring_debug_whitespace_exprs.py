a, b = 3, 4
print(f"{a + b = }")
print(f"{ a }{ b }")
print(f"{a=}{b=}")
print(f"{'x'=}")
print(f"{a!r=}" if False else f"{a=!r}")
