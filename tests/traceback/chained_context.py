try:
    int("seven")
except ValueError:
    items = []
    items[2]
