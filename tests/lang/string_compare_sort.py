words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), min(words), max(words))
print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z")
