for s in ["abc", "ABC", "Abc", "123", "12a", "", " ", "a b", "Title Case", "٣", "x_1"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isupper(), s.islower(), s.isspace(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier())
