"""News and board minutes from RSS/Atom feeds."""
