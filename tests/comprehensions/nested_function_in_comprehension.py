def apply_all(fs, v):
    return [f(v) for f in fs]

print(apply_all([abs, str, lambda x: x * 2], -3))
