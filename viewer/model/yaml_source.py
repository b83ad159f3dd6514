"""Safe YAML reading that keeps where every value came from.

Event files never need anchors and aliases, so they are refused outright:
that closes the door on alias bombs ("billion laughs") without counting.
Dates stay the strings they were written as, because the model reads them as
EDTF, not as YAML timestamps.
"""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .json_positions import KEY_MARK, _escape


class YamlProblem(ValueError):
    def __init__(self, message: str, line: int = 0, column: int = 0):
        super().__init__(message)
        self.line = line
        self.column = column


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise YamlProblem(
                "YAML aliases (*name) are not allowed in event files",
                event.start_mark.line + 1,
                event.start_mark.column + 1,
            )
        return super().compose_node(parent, index)


# Fields that hold EDTF text; unquoted, YAML would read some of their values as numbers.
DATE_FIELDS = frozenset({"when", "published", "accessed", "created", "updated"})

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:timestamp",  # kept as written: dates are EDTF text
    "tag:yaml.org,2002:binary",
}


def load_yaml(text: str) -> tuple[object, dict[str, tuple[int, int]]]:
    """Parse one YAML document; return its value and pointer -> (line, column)."""
    loader = _NoAliasLoader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
            raise YamlProblem(f"YAML is malformed: {exc.problem or exc.context}", line, column) from None
        except yaml.YAMLError as exc:
            raise YamlProblem(f"YAML is malformed: {exc}") from None
    finally:
        loader.dispose()
    positions: dict[str, tuple[int, int]] = {}
    if node is None:
        return None, positions
    return _build(node, "", positions, loader), positions


def _build(node, pointer: str, positions: dict, loader: yaml.SafeLoader):
    # Iterative depth would be nicer, but PyYAML's composer is itself recursive
    # and already refuses absurd nesting with RecursionError before we get here.
    positions[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, ScalarNode):
        if node.tag in _PLAIN_TAGS:
            return node.value
        try:
            return loader.construct_object(node, deep=True)
        except yaml.YAMLError:
            return node.value
    if isinstance(node, SequenceNode):
        return [_build(item, f"{pointer}/{i}", positions, loader) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise YamlProblem("mapping keys must be plain text",
                                  key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            key = key_node.value
            child = f"{pointer}/{_escape(key)}"
            positions[KEY_MARK + child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in DATE_FIELDS and isinstance(value_node, ScalarNode) and value_node.value:
                # An unquoted date is read as it is written: YAML would make 2025 a number.
                positions[child] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
                result[key] = value_node.value
                continue
            result[key] = _build(value_node, child, positions, loader)
        return result
    raise YamlProblem(f"unsupported YAML node {node.tag}")
