lambda x, y=1, *a, z, w=2, **k: x
