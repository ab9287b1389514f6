for v in [0.1, 1.0, 1e16, 1e-5, 123456789012345678.0, 1.5e-7, float("inf"), -float("inf"), float("nan")]:
    print(f"{v} {v!r} {v:} {v:10}|")
