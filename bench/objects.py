# Objects with method calls: attribute reads and writes, bound methods.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, position, velocity):
        self.position = position
        self.velocity = velocity

    def step(self):
        self.position = self.position.add(self.velocity)
        return self.position.dot(self.velocity)


def run(steps):
    particles = [Particle(Vector(i, -i), Vector(1, 2)) for i in range(10)]
    checksum = 0
    for _ in range(steps):
        for particle in particles:
            checksum = (checksum + particle.step()) % 1000003
    return checksum


print(run(100_000))
