x = f"{x:{y}.{z}f}"
