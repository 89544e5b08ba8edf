"""Shared pytest configuration."""


def pytest_configure(config):
    """Register the markers used in this suite."""
    config.addinivalue_line("markers", "browser: end-to-end tests in a real browser (chromium)")
