a.b: str
