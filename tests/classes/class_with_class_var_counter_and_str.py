class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"

a = Account("ann").deposit(100).deposit(50)
print(a)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
print(a.balance * (1 + Account.interest))
