"""The look shared by the window and the exports: themes (colours) and the bundled font."""
