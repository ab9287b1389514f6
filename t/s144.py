x = (  # comment
  1)
