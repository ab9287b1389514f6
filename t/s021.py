def f(a, b: int = 1, /, c=2, *args: str, d, e: float = 3.0, **kw) -> None:
    pass
