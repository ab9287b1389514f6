-- String and dict work: building keys, counting words, joining.
local function run(rounds)
    local counts = {}
    for r = 0, rounds - 1 do
        for i = 0, 99 do
            local key = "k" .. tostring(i % 37) .. "_" .. tostring(r % 5)
            counts[key] = (counts[key] or 0) + 1
        end
    end
    local words = {}
    for word in pairs(counts) do
        words[#words + 1] = word
    end
    table.sort(words)
    local text = table.concat(words, ",")
    local checksum = 0
    for _, word in ipairs(words) do
        checksum = (checksum * 31 + counts[word] + #word) % 1000000007
    end
    print(string.format("(%d, %d)", checksum, #text))
end

run(20000)
