"""People: one person behind every account, a verified municipality, limits and blocks."""
