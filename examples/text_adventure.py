# A small text adventure as a state machine: each room is a state, each
# command moves between states or changes the world. The player's input
# comes from a scripted list, so every run prints the same story.

ROOMS = {
    "hall": {
        "description": "a dusty hall. Doors lead north and east.",
        "exits": {"north": "library", "east": "kitchen"},
        "items": ["lamp"],
    },
    "library": {
        "description": "a library full of crumbling books.",
        "exits": {"south": "hall"},
        "items": ["key"],
    },
    "kitchen": {
        "description": "a cold kitchen. A locked door leads down to the cellar.",
        "exits": {"west": "hall", "down": "cellar"},
        "items": [],
    },
    "cellar": {
        "description": "the cellar. Something glitters in the dark.",
        "exits": {"up": "kitchen"},
        "items": ["treasure"],
    },
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.unlocked = False
        self.moves = 0
        self.finished = False

    def describe(self):
        room = ROOMS[self.room]
        text = f"You are in {room['description']}"
        if room["items"]:
            text += " You see: " + ", ".join(room["items"]) + "."
        return text

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        target = exits[direction]
        if target == "cellar" and not self.unlocked:
            return "The door is locked."
        if target == "cellar" and "lamp" not in self.inventory:
            return "It is too dark to go down without a lamp."
        self.room = target
        return self.describe()

    def take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.finished = True
            return "You take the treasure. You win!"
        return f"Taken: {item}."

    def unlock(self, _=None):
        if self.room != "kitchen":
            return "There is nothing to unlock here."
        if "key" not in self.inventory:
            return "You need a key."
        self.unlocked = True
        return "The cellar door creaks open."

    def show_inventory(self, _=None):
        return "You carry: " + (", ".join(self.inventory) or "nothing") + "."

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, rest = words[0], " ".join(words[1:])
        commands = {
            "go": self.go,
            "take": self.take,
            "unlock": self.unlock,
            "inventory": self.show_inventory,
            "look": lambda _=None: self.describe(),
        }
        if verb in ROOMS[self.room]["exits"] or verb in ("north", "south", "east", "west", "up", "down"):
            verb, rest = "go", verb
        if verb not in commands:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return commands[verb](rest)


SCRIPT = [
    "look", "take lamp", "east", "down", "unlock", "west", "go north", "take key",
    "take sword", "south", "dance", "east", "unlock", "down", "inventory", "take treasure", "look",
]


def main():
    game = Game()
    print(game.describe())
    for line in SCRIPT:
        if game.finished:
            break
        print(f"> {line}")
        print(game.handle(line))
    print(f"Game over after {game.moves} moves; carrying {len(game.inventory)} items.")


if __name__ == "__main__":
    main()
