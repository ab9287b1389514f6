# String formatting: a sales report laid out as a table with f-strings and
# format specifications (width, alignment, fill, thousands separators,
# precision, percentages, signs), plus str methods and %-formatting.

SALES = [
    ("North", "Widgets", 1250, 4.99),
    ("North", "Gadgets", 310, 24.50),
    ("South", "Widgets", 980, 4.99),
    ("South", "Gizmos", 45, 199.00),
    ("East", "Gadgets", 602, 24.50),
    ("East", "Gizmos", 12, 199.00),
    ("West", "Widgets", 2210, 4.75),
]

LAST_YEAR = {"North": 12000.0, "South": 14500.0, "East": 18000.0, "West": 9000.0}


def table(headers, rows, aligns):
    """Columns as wide as their widest cell; aligns is a string of < > ^."""
    cells = [headers] + [[str(cell) for cell in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [line]
    for index, row in enumerate(cells):
        parts = [f" {cell:{align}{width}} " for cell, align, width in zip(row, aligns, widths)]
        out.append("|" + "|".join(parts) + "|")
        if index == 0:
            out.append(line.replace("-", "="))
    out.append(line)
    return "\n".join(out)


def main():
    title = "Quarterly sales report"
    print(f"{title:=^60}")
    rows = []
    for region, product, units, price in SALES:
        revenue = units * price
        rows.append([region, product, f"{units:,}", f"{price:.2f}", f"{revenue:,.2f}"])
    print(table(["Region", "Product", "Units", "Price", "Revenue"], rows, "<<>>>"))

    totals = {}
    for region, _, units, price in SALES:
        totals[region] = totals.get(region, 0.0) + units * price
    grand = sum(totals.values())
    print(f"\n{'Region':<8}{'Revenue':>12}{'Share':>9}{'vs last year':>15}")
    for region, revenue in sorted(totals.items(), key=lambda item: -item[1]):
        change = revenue / LAST_YEAR[region] - 1
        print(f"{region:<8}{revenue:>12,.2f}{revenue / grand:>9.1%}{change:>+15.1%}")
    print(f"{'Total':<8}{grand:>12,.2f}{1:>9.0%}")

    best = max(SALES, key=lambda sale: sale[2] * sale[3])
    print(f"\nBest line: {best[1]!r} in {best[0]} ({best[2] * best[3]:_.0f})")
    print("Units in hex, octal, binary: {0:#x} {0:#o} {0:#b}".format(best[2]))
    print("Scientific: %.3e, padded: %08.2f, left: %-7s|" % (grand, best[3], best[0]))
    print(f"Centered: [{'ok':*^10}]  zero-padded: {42:05d}  signed: {7:+d} {-7:+d}")
    print("Title case:", "the end of the report".title(), "|", "WIDGETS".capitalize().center(12, "."))


if __name__ == "__main__":
    main()
