text = "héllo wörld"
print(len(text), text.upper(), text[1], text[-5:], list(text[:3]))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c for c in "abc"], "".join(reversed("stressed")), "a,b,c".split(",", 1))
print(ord("é"), chr(233), "\u00e9" == "é", "日本".encode("utf-8"), len("日本"))
