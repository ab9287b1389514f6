print(ord("a"), ord("é"), ord("€"), ord("😀"), chr(97), chr(233), chr(128512), chr(0) == "\x00")
for f in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: ord(5), lambda: chr("a")]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
