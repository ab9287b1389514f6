print("init _pkg.sub.deep", __name__, __package__)
from .. import first
from ..second import TWO
from . import sibling
THREE = TWO + 1
