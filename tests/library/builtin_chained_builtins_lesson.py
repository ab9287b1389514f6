scores = {"ann": [90, 85], "bob": [70, 95, 80], "cy": []}
avg = {n: (sum(s) / len(s) if s else 0.0) for n, s in scores.items()}
print(avg)
best = max(avg, key=avg.get)
print(best, round(avg[best], 2), sorted(avg, key=avg.get, reverse=True))
print(list(map(len, scores.values())), any(not s for s in scores.values()), all(scores))
print(sum(map(sum, scores.values())), len(list(filter(None, scores.values()))))
