specs = [">6", "<6", "^6", "06.2f"]
for s in specs:
    print(f"[{3.14159:{s}}]")
w = 3
print(f"{'abcdef':.{w}}")
print(f"{42:{w}d}|{42:0{w}d}|")
