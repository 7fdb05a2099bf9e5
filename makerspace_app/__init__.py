"""Makerspace App: a desktop manager for library and community makerspaces."""

# The one version string: pyproject.toml reads it from here (hatch dynamic version), and the
# app shows it without asking importlib.metadata (which costs a noticeable part of start-up).
__version__ = "0.1.0"

APP_NAME = "makerspace-app"
APP_DISPLAY_NAME = "Makerspace"
