class Node:
    count = 0
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
        Node.count += 1

head = None
for v in [3, 2, 1]:
    head = Node(v, head)
out = []
while head:
    out.append(head.val)
    head = head.next
print(out, Node.count)
