"""Prioritisation rounds: every municipality spreads a budget of points over the open wishes."""
