print("init _pkg.sub.sibling")
WHO = "sibling"
