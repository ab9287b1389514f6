def read(lines):
    for line in lines:
        yield line

def strip(lines):
    for line in lines:
        yield line.strip()

def nonblank(lines):
    return (l for l in lines if l)

print(list(nonblank(strip(read(["  a ", "", " b", "   "])))))
