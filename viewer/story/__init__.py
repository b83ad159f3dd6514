"""Saved views and stories: what decides each picture of a briefing, kept beside the event file (no Qt)."""
