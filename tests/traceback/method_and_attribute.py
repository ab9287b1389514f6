class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"balance {self.balance} is less than {amount}")
        self.balance -= amount


account = Account(10)
account.withdraw(3)
account.withdraw(30)
