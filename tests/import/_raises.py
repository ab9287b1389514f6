print("_raises runs")


def fail():
    raise ValueError("raised while importing _raises")


fail()
