x = f"{x}"
