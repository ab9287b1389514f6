print("init _pkg.second")
from . import first
from .first import ONE
TWO = ONE + 1
