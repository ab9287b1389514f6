class Robot:
    population = 0
    def __init__(self, name):
        self.name = name
        Robot.population += 1
    def die(self):
        Robot.population -= 1
        return f"{self.name} is being destroyed"
    @classmethod
    def how_many(cls):
        return f"We have {cls.population} robots."
r1 = Robot("R2")
r2 = Robot("C3")
print(Robot.how_many())
print(r1.die())
print(Robot.how_many())
