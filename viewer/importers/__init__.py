"""Importers: files of other timeline and event tools turned into native event files."""
