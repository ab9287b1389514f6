class Documented:
    """A documented class."""
    def method(self):
        """Method doc."""
def func():
    "func doc"
print(Documented.__doc__, Documented.method.__doc__, func.__doc__, func.__name__)
class Plain:
    pass
print(Plain.__doc__, Plain.__module__, func.__module__)
