rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25)]
for name, qty, price in rows:
    print(f"{name:<8}{qty:>4}{price:>8.2f}{qty * price:>8.2f}")
print(f"{'total':<8}{sum(q for _, q, _ in rows):>4}")
