"""The main window and its dialogs, above the panes and the renderers they use."""
