case = _ = 2
