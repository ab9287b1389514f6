from . import x
Y = "y"
def x_value():
    return x.X
