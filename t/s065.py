x = r'\t' + R"\t" + u'x' + U"y"
