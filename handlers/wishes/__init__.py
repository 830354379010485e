"""Development wishes: capture, find duplicates, support per municipality, prioritise, export."""
