total = 0
count = 0
numbers = [4, 8, 15, 16, 23, 42]
while count < len(numbers):
    total += numbers[count]
    count += 1
print(total, total / count, round(total / count, 2))
evens = odds = 0
for n in numbers:
    if n % 2:
        odds += 1
    else:
        evens += 1
print(evens, odds)
