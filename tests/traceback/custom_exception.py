class InventoryError(Exception):
    pass


def take(stock, item):
    if item not in stock:
        raise InventoryError(f"no {item} left")
    stock.remove(item)


take(["apple"], "pear")
