"""A small element tree with the line of every element, read through defusedxml, which refuses
entity expansion bombs and external entities."""

from __future__ import annotations

import io
import xml.sax
from dataclasses import dataclass, field
from xml.sax.handler import ContentHandler

import defusedxml.sax
from defusedxml import DefusedXmlException


@dataclass
class Node:
    tag: str
    line: int
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    _text: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self._text).strip()

    def find(self, tag: str) -> Node | None:
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list[Node]:
        return [c for c in self.children if c.tag == tag]

    def value(self, tag: str) -> str:
        child = self.find(tag)
        return child.text if child is not None else ""


class XmlProblem(Exception):
    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


class _Builder(ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[Node] = []
        self.root: Node | None = None
        self.locator = None

    def setDocumentLocator(self, locator):  # noqa: N802 - the SAX interface
        self.locator = locator

    def startElement(self, name, attrs):  # noqa: N802
        node = Node(name, self.locator.getLineNumber() if self.locator else 0, dict(attrs))
        if self.stack:
            self.stack[-1].children.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def endElement(self, name):  # noqa: N802
        self.stack.pop()

    def characters(self, content):
        if self.stack:
            self.stack[-1]._text.append(content)


def parse(data: bytes) -> Node:
    builder = _Builder()
    try:
        defusedxml.sax.parse(io.BytesIO(data), builder, forbid_dtd=False, forbid_entities=True,
                             forbid_external=True)
    except DefusedXmlException as exc:
        raise XmlProblem(f"the XML declares entities or external references, which are refused ({exc})",
                         (builder.locator.getLineNumber() or 0) if builder.locator else 0) from None
    except xml.sax.SAXParseException as exc:
        raise XmlProblem(f"the XML is broken: {exc.getMessage()}", exc.getLineNumber() or 0) from None
    if builder.root is None:
        raise XmlProblem("the file holds no XML element", 1)
    return builder.root
