"""Helpers for the dis tests: run dis into a string and hide the addresses
in code objects' reprs, which change from run to run."""
import dis


class Capture:
    """A file-like object collecting what print() writes to it."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def text(self):
        return "".join(self.parts)


def _replace_all(text, opening, closing, keep):
    """Rewrite each piece of text from `opening` up to (not including) the
    `closing` character as keep(piece)."""
    pieces = []
    start = 0
    while True:
        found = text.find(opening, start)
        if found < 0:
            pieces.append(text[start:])
            return "".join(pieces)
        end = found + len(opening)
        while end < len(text) and text[end] not in closing:
            end += 1
        pieces.append(text[start:found] + keep(text[found:end]))
        start = end


def scrub(text):
    """Hide what changes from run to run and machine to machine in code
    objects' reprs: ' at 0x55d0...' becomes ' at 0x...', and a file's path
    is cut to its base name."""
    text = _replace_all(text, " at 0x", ",", lambda piece: " at 0x...")
    opening = 'file "'
    return _replace_all(text, opening, '"', lambda piece: opening + piece[len(opening):].split("/")[-1])


def show(x, **options):
    """dis.dis(x, **options), printed with the addresses hidden."""
    capture = Capture()
    dis.dis(x, file=capture, **options)
    print(scrub(capture.text()), end="")
