class C:
    pass
for expr in [lambda: C().missing, lambda: C.missing, lambda: (1).missing, lambda: "s".missing, lambda: None.missing, lambda: [].missing]:
    try:
        expr()
    except AttributeError as e:
        print(e)
