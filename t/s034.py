with (a):
    pass
