class C:
    n = 3
    sq = [i * i for i in range(n)]
print(C.sq)
