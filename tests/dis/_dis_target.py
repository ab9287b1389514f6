"""A module for dis_members.py to disassemble."""
LIMIT = 3


def clamp(value):
    return min(value, LIMIT)


class Box:
    def __init__(self, value):
        self.value = clamp(value)
