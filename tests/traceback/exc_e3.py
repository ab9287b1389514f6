s = "héllo wörld"
n = None
x = s + "é" + n
