print("é" +)
