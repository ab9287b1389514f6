# A helper module for tests/import: counts how often its body runs.
import sys

loads = getattr(sys, "_helper_loads", 0) + 1
sys._helper_loads = loads
print("running _helper as", __name__)

a = "value a"
b = "value b"


def greet(name):
    return "hello " + name
