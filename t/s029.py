try:
    x
finally:
    y
