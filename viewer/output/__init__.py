"""What exports write without Qt: the sources annex, atomic file replacement, page sizes."""
