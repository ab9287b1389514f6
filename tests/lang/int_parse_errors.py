for text in ["12", " 7 ", "-3", "1_000", "abc", "1.5", ""]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text in ["1.5", "inf", "-0", "x"]:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
