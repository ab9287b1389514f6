x = f"{x,y}"
