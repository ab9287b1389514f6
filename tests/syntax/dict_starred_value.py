rest = [1]
d = {"a": 1, "b": *rest}
