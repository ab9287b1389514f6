x = f'{",".join(a)}'
