x = f"{a}{b}"
