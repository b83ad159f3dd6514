"""The timeline of an event store: drawn from the answers of its queries, asked off the GUI thread."""
