[x, [y, *z]] = a
