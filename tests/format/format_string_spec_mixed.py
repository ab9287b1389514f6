for spec in ["", "5", "<5", ">5", "^6", "*^6", ".1", "5.2", "=>4", "s"]:
    print(repr(format("ab", spec)))
for spec in ["=5", "+", "05", ",", "#"]:
    try:
        print(format("ab", spec))
    except ValueError as e:
        print(type(e).__name__, e)
