print(*[1], sep='')
