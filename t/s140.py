if x:
    # comment

    pass
# trailing
