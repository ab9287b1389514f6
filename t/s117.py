del (x)
