for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\x00\x1f\x7f", "é", "\u200b", "back\\slash"]:
    print(repr(s))
