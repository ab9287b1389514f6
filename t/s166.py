x = f"{ x }"
