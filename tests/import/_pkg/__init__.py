# A package for tests/import/packages.py.
print("init _pkg", __name__, __package__)
from . import first
from .first import ONE
from .sub import deep as deep_alias
