x = f"{x}" "y" f"{z}"
