(x, y), z = a
