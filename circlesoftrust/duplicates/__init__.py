"""Duplicates: normalised keys, likely pairs with reasons, and merges that can be undone."""
