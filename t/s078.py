x = rf"\t{x}"
