@property
def x(self): pass
