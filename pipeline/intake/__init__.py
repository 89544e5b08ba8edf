"""Bring articles in the way analysts collect them: pages, saved files, text and feeds."""
