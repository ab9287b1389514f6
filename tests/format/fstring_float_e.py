x = 12345.6789
print(f"{x:e} {x:.2e} {x:E} {x:.0e}")
print(f"{0.000123:e} {-0.000123:.3e}")
print(f"{0.0:e}")
print(f"{1e100:.1e}")
