x = f"a{x!r:>{w}}b{y=}"
