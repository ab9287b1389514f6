people = [{"n": "a", "age": 3}, {"n": "bb", "age": 40}]
for p in people:
    print(f"{p['n']:>4} is {p['age']:03d} {'adult' if p['age'] >= 18 else 'child'}")
print(f"{len(people)=} {people[0]['n']=}")
