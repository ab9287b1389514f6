inventory = {"apples": 3}
for fruit in ["apples", "pears", "apples"]:
    inventory[fruit] = inventory.get(fruit, 0) + 1
print(inventory)
print(sorted(inventory.items(), key=lambda kv: kv[1]), dict(sorted(inventory.items())))
keys = inventory.keys()
inventory["plums"] = 7
print(keys, len(keys), "plums" in keys, list(inventory.values()))
merged = {"a": 1} | {"b": 2}
print(merged, {k: v for k, v in merged.items() if v > 1})
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested == {"outer": {"inner": [1, 2, 3]}})
