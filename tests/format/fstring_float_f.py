x = 3.14159265
print(f"{x:f} {x:.0f} {x:.1f} {x:.3f} {x:10.4f}|")
print(f"{-x:.2f} {x:+.2f} {x: .2f}")
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f}")
print(f"{1e20:f}")
print(f"{x:F}")
print(f"{1.0:#.0f}")
