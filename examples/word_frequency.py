# Word frequencies: write a small text file, read it back line by line,
# count the words with a dict, and print the most common ones.
import os

TEXT = """\
It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness.
"""

# The process id keeps two runs at the same time from sharing the file.
FILENAME = f"word_frequency_{os.getpid()}.txt"


def write_sample(path):
    with open(path, "w") as handle:
        handle.write(TEXT)


def words_of(line):
    """Lower-case words of a line, punctuation stripped."""
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in line)
    return cleaned.split()


def count_words(path):
    counts = {}
    with open(path) as handle:
        for line in handle:
            for word in words_of(line):
                counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    write_sample(FILENAME)
    try:
        counts = count_words(FILENAME)
    finally:
        os.remove(FILENAME)
    total = sum(counts.values())
    print(f"{total} words, {len(counts)} different")
    # Most frequent first; ties in alphabetical order.
    ranking = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    for word, count in ranking[:6]:
        bar = "#" * count
        print(f"{word:>8} {count:2} {bar}")
    once = [word for word, count in counts.items() if count == 1]
    print("used once:", ", ".join(sorted(once)))
    longest = max(counts, key=len)
    print("longest word:", longest)


if __name__ == "__main__":
    main()
