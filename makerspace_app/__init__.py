"""Makerspace App: a desktop manager for library and community makerspaces."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("makerspace-app")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

APP_NAME = "makerspace-app"
APP_DISPLAY_NAME = "Makerspace"
