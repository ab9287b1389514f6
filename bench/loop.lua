-- A tight loop: local variables, integer arithmetic, comparisons, jumps.
local function loop(n)
    local total = 0
    local i = 0
    while i < n do
        total = (total + i * 3) % 1000003
        i = i + 1
    end
    return total
end

print(loop(10000000))
