# gil.stats(): one dict per thread, keyed by its name; counts are ints,
# times are seconds (floats), 'blocked' maps a reason to seconds and lists
# only the reasons the thread was blocked on.
import gil

stats = gil.stats()
print(type(stats).__name__, list(stats))
main = stats["MainThread"]
print(list(main))
for key in ["acquisitions", "forced_drops", "voluntary_releases"]:
    print(key, type(main[key]).__name__, main[key] >= 0)
for key in ["held", "waited", "max_wait"]:
    print(key, type(main[key]).__name__, main[key] >= 0.0)
print(main["acquisitions"] >= 1)
print(main["max_wait"] <= main["waited"])
print(type(main["blocked"]).__name__)
# A fresh dict at each call: changing it changes nothing.
stats["MainThread"]["acquisitions"] = -1
print(gil.stats()["MainThread"]["acquisitions"] >= 1)
