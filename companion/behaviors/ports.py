"""The port a server listens on, or a container publishes, set to the one a request asks for, without the model.

Asked to "change the port to 8080" of an Express app that says ``app.listen(3000, …)`` and logs "listening on
3000", the model's revision dropped ``express``; asked to "expose the web service on port 8000 instead" of a
compose file that maps ``"8080:80"``, it dropped ``image:``. Which number is the port is plain from where it
stands: the first argument of ``listen``, a ``port=`` or ``port:`` argument, an address such as
``localhost:3000`` or ``("", 8000)``, or, in a compose file, the host side of a mapping under ``ports:``. Where the
code has two different ports, or a compose file two mappings and the request names neither's service, the
request goes to the model.
"""

from __future__ import annotations

import re

from companion.behaviors.quoted import stem, words_in

_ASKS_FOR_A_PORT = re.compile(
    r"^\s*(?:please\s+)?(?:(?:change|set|switch|move|update|make|use|run|serve|listen|expose|publish|put|bind|start)"
    r"(?:\s+[^\s\d,?]+){0,5}?\s+port(?:\s+number)?(?:\s+(?:to|as)|\s*[=:])?"
    r"|(?:the\s+)?(?:[^\s\d,?]+\s+){0,3}?port(?:\s+number)?\s+(?:should\s+be|is\s+now|will\s+be))\s*(?P<port>\d{2,5})"
    r"(?:\s+instead|\s+now)?[\s.!]*$",
    re.IGNORECASE,
)
"""A request whose one number is the port: "change the port to 8080", "run it on port 5001", "the port should be
8000", "expose the web service on port 8000 instead"."""
_PORT_IN_CODE = re.compile(
    r"(?:\blisten\(\s*|\bport\s*[=:]\s*|[\"']port[\"']\s*[:,]\s*|--port[= ]|\blocalhost:|\b\d{1,3}(?:\.\d{1,3}){3}:|[\"'`]:(?=\d+[\"'`])"
    r"|\(\(\s*[\"'][\w.]*[\"']\s*,\s*)(?P<port>\d{2,5})\b(?![.\d])",
    re.IGNORECASE,
)
"""Where a number in code is a port: ``app.listen(3000``, ``port=5000``, ``{ port: 3000 }``, ``"port": 80``,
``getenv("PORT", 5000)``, ``--port 8000``, ``localhost:3000``, ``127.0.0.1:5000``, ``HTTPServer(("", 8000)``, an
address with no host (Go's ``http.ListenAndServe(":8080", nil)``)."""
_SAID_IN_WORDS = r"(?:\bport\s+|\bon\s+|:)"
"""What stands before a port in a message or URL: "listening on 3000", "port 3000", "http://localhost:3000"."""
_MAPPING = re.compile(r"^(?P<indent>[ \t]*)-[ \t]*[\"']?(?:[\d.]+:)?(?P<host>\d{2,5}):\d{2,5}(?:/\w+)?[\"']?[ \t]*$", re.MULTILINE)
"""A compose file's published port: ``- "8080:80"``, ``- 127.0.0.1:8080:80``, ``- "5353:53/udp"``."""
_KEY = re.compile(r"^(?P<indent>[ \t]*)(?P<key>[\w.-]+):", re.MULTILINE)
_HIGHEST_PORT = 65535


def port_set(code: str, request: str) -> str | None:
    """``code`` with the port it listens on, or else the port it publishes, changed to the one ``request`` asks
    for; None for any other request, where the port is already that, or where which port is meant is not
    plain."""
    asked = _ASKS_FOR_A_PORT.match(request)
    if not asked or not 0 < int(asked["port"]) <= _HIGHEST_PORT:
        return None
    new = str(int(asked["port"]))
    spans = _listening_ports(code) or _published_ports(code, request)
    if not spans or all(code[start:end] == new for start, end in spans):
        return None
    for start, end in sorted(spans, reverse=True):
        code = code[:start] + new + code[end:]
    return code


def listening_port(code: str) -> list[re.Match[str]]:
    """Where the code writes the one port it listens on, as a port; none where it writes two ports, or none."""
    found = list(_PORT_IN_CODE.finditer(code))
    return found if len({port["port"] for port in found}) == 1 else []


def _listening_ports(code: str) -> list[tuple[int, int]] | None:
    """Where the one port the code listens on is written: in the code, and in its messages and URLs."""
    in_code = {found.span("port") for found in listening_port(code)}
    if not in_code:
        return None
    port = code[slice(*min(in_code))]
    in_words = {found.span("port") for found in re.finditer(rf"{_SAID_IN_WORDS}(?P<port>{port})\b(?![.\d])", code, re.IGNORECASE)}
    return sorted(in_code | in_words)


def _published_ports(text: str, request: str) -> list[tuple[int, int]] | None:
    """The host side of the one published port the request means: the only one, or the only one of the
    service it names."""
    mappings = list(_MAPPING.finditer(text))
    if len(mappings) > 1:
        named = {stem(word) for word in words_in(request)}
        mappings = [mapping for mapping in mappings if _service_of(text, mapping.start()) & named]
    return [mappings[0].span("host")] if len(mappings) == 1 else None


def _service_of(text: str, position: int) -> set[str]:
    """The words of the name of the service a line at ``position`` belongs to: the key above ``ports:``."""
    keys = list(_KEY.finditer(text[:position]))
    ports_key = next((key for key in reversed(keys) if key["key"] == "ports"), None)
    if ports_key is None:
        return set()
    owner = next((key for key in reversed(keys) if key.start() < ports_key.start()
                  and len(key["indent"]) < len(ports_key["indent"])), None)
    return {stem(word) for word in words_in(owner["key"])} if owner else set()
