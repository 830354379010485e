"""Member surveys: the board asks, members answer privately, results per municipality."""
