if a:
    pass
elif b:
    pass
elif c:
    x
else:
    y
