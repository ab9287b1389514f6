# isdecimal/isdigit/isnumeric/isalnum know the decimal digits of every script.
for s in ["123", "\u0663\u0664", "\uff11", "\u00b2", "\u2155", "\u0e51", "abc", "", "\U0001d7ce", "\u096a"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
