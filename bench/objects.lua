-- Objects with method calls: attribute reads and writes, bound methods.
local Vector = {}
Vector.__index = Vector

function Vector.new(x, y)
    return setmetatable({x = x, y = y}, Vector)
end

function Vector:add(other)
    return Vector.new(self.x + other.x, self.y + other.y)
end

function Vector:dot(other)
    return self.x * other.x + self.y * other.y
end

local Particle = {}
Particle.__index = Particle

function Particle.new(position, velocity)
    return setmetatable({position = position, velocity = velocity}, Particle)
end

function Particle:step()
    self.position = self.position:add(self.velocity)
    return self.position:dot(self.velocity)
end

local function run(steps)
    local particles = {}
    for i = 0, 9 do
        particles[#particles + 1] = Particle.new(Vector.new(i, -i), Vector.new(1, 2))
    end
    local checksum = 0
    for _ = 1, steps do
        for _, particle in ipairs(particles) do
            checksum = (checksum + particle:step()) % 1000003
        end
    end
    return checksum
end

print(run(100000))
