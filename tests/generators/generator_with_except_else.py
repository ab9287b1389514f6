def g(values):
    for v in values:
        try:
            r = 10 // v
        except ZeroDivisionError:
            yield "div0"
        else:
            yield r
        finally:
            pass

print(list(g([1, 0, 5])))
