# String and dict work: building keys, counting words, joining.
def run(rounds):
    counts = {}
    for r in range(rounds):
        for i in range(100):
            key = "k" + str(i % 37) + "_" + str(r % 5)
            counts[key] = counts.get(key, 0) + 1
    words = sorted(counts)
    text = ",".join(words)
    checksum = 0
    for word in words:
        checksum = (checksum * 31 + counts[word] + len(word)) % 1000000007
    return checksum, len(text)


print(run(20000))
