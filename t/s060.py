a[x, y]
