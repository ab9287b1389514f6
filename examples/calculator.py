# A tiny calculator: a tokenizer turns text into tokens, a recursive-descent
# parser follows the grammar below, and evaluation walks the resulting tree.
#
#   expression := term (("+" | "-") term)*
#   term       := factor (("*" | "/" | "%") factor)*
#   factor     := ("-" factor) | power
#   power      := atom ("^" factor)?
#   atom       := NUMBER | NAME | NAME "(" expression ")" | "(" expression ")"
import math


class CalcError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            tokens.append(("number", float(text[start:i])))
        elif c.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            tokens.append(("name", text[start:i]))
        elif c in "+-*/%^()":
            tokens.append(("op", c))
            i += 1
        else:
            raise CalcError(f"unexpected character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.position = 0

    def peek(self):
        return self.tokens[self.position]

    def advance(self):
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expect(self, op):
        kind, value = self.advance()
        if (kind, value) != ("op", op):
            found = "the end" if kind == "end" else repr(value)
            raise CalcError(f"expected {op!r}, found {found}")

    def parse(self):
        tree = self.expression()
        if self.peek()[0] != "end":
            raise CalcError(f"unexpected {self.peek()[1]!r}")
        return tree

    def binary(self, operators, operand):
        tree = operand()
        while self.peek()[0] == "op" and self.peek()[1] in operators:
            op = self.advance()[1]
            tree = (op, tree, operand())
        return tree

    def expression(self):
        return self.binary("+-", self.term)

    def term(self):
        return self.binary("*/%", self.factor)

    def factor(self):
        if self.peek() == ("op", "-"):
            self.advance()
            return ("neg", self.factor())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "^"):
            self.advance()
            return ("^", base, self.factor())  # right-associative
        return base

    def atom(self):
        kind, value = self.advance()
        if kind == "number":
            return ("num", value)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.advance()
                argument = self.expression()
                self.expect(")")
                return ("call", value, argument)
            return ("var", value)
        if (kind, value) == ("op", "("):
            inside = self.expression()
            self.expect(")")
            return inside
        raise CalcError("unexpected end" if kind == "end" else f"unexpected {value!r}")


FUNCTIONS = {"sqrt": math.sqrt, "abs": abs, "floor": math.floor}
OPERATORS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
    "^": lambda a, b: a ** b,
}


def evaluate(tree, variables):
    kind = tree[0]
    if kind == "num":
        return tree[1]
    if kind == "var":
        if tree[1] not in variables:
            raise CalcError(f"unknown variable {tree[1]}")
        return variables[tree[1]]
    if kind == "neg":
        return -evaluate(tree[1], variables)
    if kind == "call":
        if tree[1] not in FUNCTIONS:
            raise CalcError(f"unknown function {tree[1]}")
        return FUNCTIONS[tree[1]](evaluate(tree[2], variables))
    left, right = evaluate(tree[1], variables), evaluate(tree[2], variables)
    return OPERATORS[kind](left, right)


def show(tree):
    """The tree in prefix notation, to see how the parser grouped things."""
    if tree[0] == "num":
        return f"{tree[1]:g}"
    if tree[0] == "var":
        return tree[1]
    return "(" + " ".join([str(tree[0]) if tree[0] != "call" else tree[1]] +
                          [show(child) for child in tree[1:] if isinstance(child, tuple)]) + ")"


def main():
    variables = {"pi": math.pi, "x": 3.0}
    lines = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ^ 3 ^ 2",
        "-2 ^ 2",
        "sqrt(16) + abs(-x) % 2",
        "floor(pi * 100) / 100",
        "10 / (x - 3)",
        "2 * y",
        "3 + * 4",
        "(1 + 2",
        "4 $ 2",
    ]
    for line in lines:
        try:
            tree = Parser(tokenize(line)).parse()
            print(f"{line:24} {show(tree):36} = {evaluate(tree, variables):g}")
        except CalcError as error:
            print(f"{line:24} error: {error}")
        except ZeroDivisionError as error:
            print(f"{line:24} ZeroDivisionError: {error}")


if __name__ == "__main__":
    main()
