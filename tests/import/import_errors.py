# ImportError and ModuleNotFoundError messages and attributes, as CPython's.
import sys

here = __file__.rsplit("/", 1)[0]


def attempt(statement):
    try:
        statement()
    except ImportError as error:
        path = error.path.replace(here, "{dir}") if isinstance(error.path, str) else error.path
        print(type(error).__name__ + ":", str(error).replace(here, "{dir}"), "|", error.name, path)


def f():
    import _no_such
attempt(f)
def f():
    import _no_such.sub
attempt(f)
def f():
    import _helper.sub
attempt(f)
def f():
    from _helper import missing
attempt(f)
def f():
    from _pkg import missing
attempt(f)
def f():
    import _pkg.missing
attempt(f)
def f():
    from _pkg.missing import x
attempt(f)
sys.modules["_blocked"] = None
def f():
    import _blocked
attempt(f)
try:
    __import__("", {"__name__": "__main__"}, None, ["x"], 1)
except ImportError as error:
    print(type(error).__name__, error)
try:
    __import__("", {"__name__": "_pkg.first", "__package__": "_pkg"}, None, ["x"], 2)
except ImportError as error:
    print(type(error).__name__, error)
try:
    __import__("")
except ValueError as error:
    print(type(error).__name__, error)
print(__import__("first", {"__package__": "_pkg"}, None, ["ONE"], 1).ONE)
print(__import__("sub.sibling", {"__name__": "_pkg.first"}, None, [], 1).__name__)
