def f():\n    """doc"""\n    return
