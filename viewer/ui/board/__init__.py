"""The segment board: a tile per segment and the actors x segments matrix."""

from .pane import BoardPane

__all__ = ["BoardPane"]
