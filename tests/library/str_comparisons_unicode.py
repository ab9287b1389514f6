words = ["éclair", "apple", "Zebra", "zebra", "Äpfel", "banana", "10", "9"]
print(sorted(words))
print("a" < "ä", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(max(words), min(words, key=str.lower))
