"""Python's keywords and soft keywords, as lists and as tests.

Baton's own version of CPython 3.11's keyword module: the same names and
the same lists (kwlist are the words the parser reserves; softkwlist the
words that are keywords only in some places, as `match`)."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_keywords = frozenset(kwlist)
_soft_keywords = frozenset(softkwlist)


def iskeyword(s):
    """True if s is a keyword of Python 3.11."""
    return s in _keywords


def issoftkeyword(s):
    """True if s is a soft keyword of Python 3.11."""
    return s in _soft_keywords
