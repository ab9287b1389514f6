# A class hierarchy with its own exceptions: accounts that refuse bad
# operations by raising, and a bank that reports what went wrong.


class BankError(Exception):
    """Base of every error this module raises."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class Account:
    kind = "account"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check_open()
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check_open()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def available(self):
        return self.balance

    def _check_open(self):
        if self.frozen:
            raise AccountFrozen(f"{self.owner}'s {self.kind} is frozen")

    def month_end(self):
        """Nothing happens to a plain account at the end of a month."""

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class SavingsAccount(Account):
    kind = "savings account"

    def __init__(self, owner, balance=0, rate_percent=2):
        super().__init__(owner, balance)
        self.rate_percent = rate_percent

    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        self.balance += interest
        self.history.append(("interest", interest))


class CheckingAccount(Account):
    kind = "checking account"

    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, account):
        self.accounts[account.owner] = account
        return account

    def transfer(self, source, target, amount):
        """Move money between two owners; all or nothing."""
        payer, payee = self.accounts[source], self.accounts[target]
        payer.withdraw(amount)
        try:
            payee.deposit(amount)
        except BankError:
            payer.deposit(amount)  # give the money back, then re-raise
            raise


def main():
    bank = Bank()
    bank.open(SavingsAccount("Ada", 1000, rate_percent=3))
    bank.open(CheckingAccount("Grace", 50))
    bank.open(Account("Alan", 10))
    operations = [
        ("Ada", "Grace", 200),
        ("Grace", "Alan", 300),
        ("Grace", "Alan", 340),
        ("freeze", "Alan", 0),
        ("Alan", "Ada", 5),
        ("Ada", "Alan", 5),
    ]
    for source, target, amount in operations:
        if source == "freeze":
            bank.accounts[target].frozen = True
            print(f"{target}'s account frozen")
            continue
        try:
            bank.transfer(source, target, amount)
            print(f"moved {amount} from {source} to {target}")
        except InsufficientFunds as error:
            print(f"refused: {error} (short by {error.shortfall})")
        except BankError as error:
            print(f"refused: {error}")
    try:
        bank.accounts["Ada"].deposit(-5)
    except ValueError as error:
        print("ValueError:", error)
    for account in bank.accounts.values():
        account.month_end()
    for owner, account in sorted(bank.accounts.items()):
        print(f"{owner:6} {account!r:32} {account.history}")
    print(isinstance(bank.accounts["Ada"], Account), issubclass(AccountFrozen, BankError))


if __name__ == "__main__":
    main()
