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


Problem = tuple[str, str, str]  # severity, JSON pointer, message


def load_yaml(text: str) -> tuple[object, dict[str, tuple[int, int]], list[Problem]]:
    """Parse one YAML document.

    Returns its value, pointer -> (line, column), and the problems that do not stop
    reading (a scalar its tag cannot read, a key written twice), each by pointer.
    """
    try:
        loader = _NoAliasLoader(text)
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, found before parsing
        before = text[:exc.position]
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise YamlProblem(f"YAML does not allow the control character U+{code:04X} here",
                          before.count("\n") + 1, len(before) - before.rfind("\n")) from None
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark or loader.get_mark()
            raise YamlProblem(f"YAML is malformed: {exc.problem or exc.context}",
                              mark.line + 1, mark.column + 1) from None
        except yaml.YAMLError as exc:
            mark = loader.get_mark()
            raise YamlProblem(f"YAML is malformed: {exc}", mark.line + 1, mark.column + 1) from None
        except RecursionError:
            mark = loader.get_mark()
            raise YamlProblem("the data is nested far too deeply to be an event file",
                              mark.line + 1, mark.column + 1) from None
    finally:
        loader.dispose()
    positions: dict[str, tuple[int, int]] = {}
    problems: list[Problem] = []
    if node is None:  # nothing but comments or white space: the whole file is the place
        return None, {"": (1, 1)}, problems
    return _build(node, "", positions, problems, loader), positions, problems


def _scalar(node: ScalarNode, pointer: str, problems: list[Problem], loader: yaml.SafeLoader):
    if node.tag in _PLAIN_TAGS:
        return node.value
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        # Kept as text, so the record check names the field too; this says why.
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        if node.value.lstrip("+-").isdigit() and len(node.value) > 4300:
            reason = f"a number of {len(node.value):,} digits is far too long"
        else:
            reason = getattr(exc, "problem", None) or str(exc).split(":")[0]
        problems.append(("error", pointer, f"YAML cannot read this value as {tag}: {reason}"))
        return node.value


def _build(node, pointer: str, positions: dict, problems: list[Problem], loader: yaml.SafeLoader):
    # Iterative depth would be nicer, but PyYAML's composer is itself recursive
    # and already refuses absurd nesting with RecursionError before we get here.
    positions[pointer] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, ScalarNode):
        return _scalar(node, pointer, problems, loader)
    if isinstance(node, SequenceNode):
        return [_build(item, f"{pointer}/{i}", positions, problems, loader) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise YamlProblem("mapping keys must be plain text",
                                  key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            key = key_node.value
            child = f"{pointer}/{_escape(key)}"
            if key in result:
                problems.append(("warning", child,
                                 f"{key!r} is written twice in this mapping; only this last one is read"))
            positions[KEY_MARK + child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in DATE_FIELDS and isinstance(value_node, ScalarNode) and value_node.value:
                # An unquoted date is read as it is written: YAML would make 2025 a number.
                positions[child] = (value_node.start_mark.line + 1, value_node.start_mark.column + 1)
                result[key] = value_node.value
                continue
            result[key] = _build(value_node, child, positions, problems, loader)
        return result
    raise YamlProblem(f"unsupported YAML node {node.tag}",
                      node.start_mark.line + 1, node.start_mark.column + 1)
