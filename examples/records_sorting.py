# Records as dicts and tuples: comprehensions to filter and reshape them,
# sorted() with keys (stable, so sorts can be chained), grouping by hand,
# and a few summaries.

PEOPLE = [
    {"name": "Ada", "team": "engines", "born": 1815, "score": 92},
    {"name": "Grace", "team": "compilers", "born": 1906, "score": 88},
    {"name": "Alan", "team": "theory", "born": 1912, "score": 95},
    {"name": "Edsger", "team": "compilers", "born": 1930, "score": 88},
    {"name": "Barbara", "team": "languages", "born": 1939, "score": 91},
    {"name": "Donald", "team": "theory", "born": 1938, "score": 97},
    {"name": "Frances", "team": "compilers", "born": 1932, "score": 90},
    {"name": "John", "team": "languages", "born": 1927, "score": 85},
]


def group_by(records, key):
    groups = {}
    for record in records:
        groups.setdefault(record[key], []).append(record)
    return groups


def main():
    names = [person["name"] for person in PEOPLE]
    print("names:", names)
    born_1930s = [p["name"] for p in PEOPLE if 1930 <= p["born"] < 1940]
    print("born in the 1930s:", born_1930s)
    initials = {p["name"][0] for p in PEOPLE}
    print("initials:", sorted(initials))
    by_name = {p["name"]: p["score"] for p in PEOPLE}
    print("Alan's score:", by_name["Alan"])

    print("\nby score, best first, then by name:")
    for p in sorted(PEOPLE, key=lambda p: (-p["score"], p["name"])):
        print(f"  {p['score']}  {p['name']}")

    # Chained stable sorts: the last sort is the primary key.
    ordered = sorted(PEOPLE, key=lambda p: p["born"])
    ordered = sorted(ordered, key=lambda p: p["team"])
    print("\nby team, then by year of birth:")
    print("  " + ", ".join(f"{p['team']}/{p['name']}" for p in ordered))

    print("\nteams:")
    for team, members in sorted(group_by(PEOPLE, "team").items()):
        scores = [m["score"] for m in members]
        average = sum(scores) / len(scores)
        best = max(members, key=lambda m: m["score"])
        print(f"  {team:10} {len(members)} members, average {average:.2f}, best {best['name']}")

    pairs = [(a["name"], b["name"]) for i, a in enumerate(PEOPLE) for b in PEOPLE[i + 1:]
             if a["team"] == b["team"]]
    print("\nteammates:", pairs)

    rows = list(zip(names, (p["born"] for p in PEOPLE)))
    oldest, youngest = min(rows, key=lambda r: r[1]), max(rows, key=lambda r: r[1])
    print("oldest:", oldest, "youngest:", youngest)
    matrix = [[p["score"] // 10, p["score"] % 10] for p in PEOPLE[:3]]
    transposed = [list(column) for column in zip(*matrix)]
    print("matrix:", matrix, "transposed:", transposed)
    print("all above 80:", all(p["score"] > 80 for p in PEOPLE),
          "any from the 1800s:", any(p["born"] < 1900 for p in PEOPLE))


if __name__ == "__main__":
    main()
