scores = {"bob": 3, "amy": 5, "cat": 4}
print([name for name, s in sorted(scores.items(), key=lambda kv: kv[1], reverse=True)])
print({k: v for k, v in sorted(scores.items())})
