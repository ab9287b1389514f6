def load(key):
    table = {"a": 1}
    return table[key]


try:
    load("b")
except KeyError as error:
    raise RuntimeError("could not load") from error
