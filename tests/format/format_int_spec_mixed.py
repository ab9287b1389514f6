for spec in ["", "5", "<5", "^5", "+05", "-5", " 5", ",", "_", "08,", "#06x", "=+6", "x", "o", "X"]:
    print(repr(format(-42, spec)), repr(format(4242, spec)))
