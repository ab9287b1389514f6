raise SyntaxError('bad thing', ('x.py', 2, 3, 'abc def\n', 2, 5))
