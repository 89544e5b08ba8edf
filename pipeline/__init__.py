"""Turn Sahel news articles into a dated, geocoded, evidence-linked event table."""
