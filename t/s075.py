x = f""
