print(f"{-0.0:z.1f} {-0.001:z.2f} {0.001:z.2f} {-1.5:z.1f}")
print(format(-0.0001, "z.3e"), format(-0.0, "z"))
