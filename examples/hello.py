# A first Baton program: functions, classes, exceptions and f-strings.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        return self.balance


def main():
    account = Account("Ada", 100)
    for amount in [30, 50, 40]:
        try:
            left = account.withdraw(amount)
            print(f"withdrew {amount}, {left} left")
        except ValueError as error:
            print("refused:", error)
    squares = {n: n * n for n in range(1, 6)}
    print(squares)


if __name__ == "__main__":
    main()
