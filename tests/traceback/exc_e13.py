x = {'key': 1}
x['nokey'] += 1
