x = ~x + +y
