x = 'a' 'b' \
  'c'
