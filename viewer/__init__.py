"""Lagebild: a desktop timeline viewer for analysts."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lagebild")
except PackageNotFoundError:  # running from a source checkout that is not installed
    __version__ = "0.1.0"
