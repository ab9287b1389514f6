x = (a
     + b)
