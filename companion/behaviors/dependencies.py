"""A project's dependencies added, taken out or given a version, and its Python requirement set, without the model.

Asked to "add httpx as a dependency" of a pyproject.toml, the model proposed no change; asked to "require python
3.11", it repeated itself; to "add pytest-cov to the test dependencies", it wrote ``["pytest", "cov"]`` over
``["pytest>=8"]``. What such a request asks is exact, and the manifest says where it goes and how it is written:
the list or table of the group named (a pyproject.toml's ``[project]`` dependencies, its optional dependencies or
dependency groups, Poetry's tables; a requirements file; a package.json's ``dependencies``), in its order where
it is sorted, with its quotes and indentation. The change is made on the text (comments and layout stay) and
checked by parsing the result (``manifests``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from companion.behaviors.cargo import CargoToml
from companion.behaviors.manifests import ANY_VERSION, Manifest, Requirement
from companion.behaviors.package_json import PackageJson
from companion.behaviors.pyproject import Pyproject
from companion.behaviors.requirements_file import RequirementsFile

_PACKAGE = r"(?:@[\w.-]+/)?[A-Za-z0-9][\w.-]*(?:\[[\w,\s-]+\])?"
_VERSION = r"\d+(?:\.[\w*]+)*"
_SPECIFIER = rf"(?:\s*(?:[<>=!~]=?|===?|\^)\s*{_VERSION}(?:\s*,\s*(?:[<>=!~]=?)\s*{_VERSION})*|@[\^~]?{_VERSION})"
_ONE = rf"{_PACKAGE}(?:{_SPECIFIER}|\s+(?:version\s+)?v?{_VERSION})?"
_PACKAGES = rf"(?P<packages>{_ONE}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_ONE})*)"
_GROUP = r"(?:(?P<group>[a-z][\w-]*)\s+)?"
_AS_DEPENDENCY = rf"(?:as\s+(?:an?\s+)?{_GROUP}(?:dependency|dependencies|requirements?|deps?)|to\s+(?:the\s+|my\s+)?{_GROUP.replace('group', 'group2')}(?:dependencies|requirements|deps|group))"
_ADDS = re.compile(
    rf"^\s*(?:please\s+)?(?:add|include|install|depend\s+on)\s+{_PACKAGES}(?:\s+(?:{_AS_DEPENDENCY}|to\s+requirements[\w.-]*))?[\s.!]*$"
    rf"|^\s*(?:please\s+)?add\s+(?:an?\s+)?{_GROUP.replace('group', 'group3')}(?:dependency|requirement)\s+(?:on|for)\s+"
    rf"{_PACKAGES.replace('packages', 'packages2')}[\s.!]*$",
    re.IGNORECASE)
_REMOVES = re.compile(
    rf"^\s*(?:please\s+)?(?:remove|drop|delete|uninstall|get\s+rid\s+of)\s+(?:the\s+)?{_PACKAGES}"
    rf"(?:\s+(?:dependency|dependencies|package|packages|requirement))?"
    rf"(?:\s+(?:from|in|out\s+of)\s+(?:the\s+|my\s+)?{_GROUP}(?:dependencies|dependency|requirements|deps|group))?[\s.!]*$",
    re.IGNORECASE)
SETS_VERSION = re.compile(
    rf"^\s*(?:please\s+)?(?P<verb>pin|bump|upgrade|update|raise|set)\s+(?P<package>{_PACKAGE})\s+(?:to|at)\s+"
    rf"(?:version\s+)?v?(?P<version>{_VERSION})[\s.!]*$", re.IGNORECASE)
_SETS_SCRIPT = re.compile(
    r"^\s*(?:please\s+)?(?:add|create|make|set|change)\s+(?:an?\s+|the\s+)?(?:npm\s+)?(?:[\"'`]?(?P<name>[\w:.-]+)[\"'`]?\s+script"
    r"|script\s+(?:called|named)\s+[\"'`]?(?P<name2>[\w:.-]+)[\"'`]?)(?:\s+(?:that\s+runs|which\s+runs|to\s+run|running|to)|\s*[:=])"
    r"\s*[\"'`]?(?P<command>[^\"'`]+?)[\"'`]?(?:(?<=\S)[.!])?\s*$", re.IGNORECASE)
"""A script a package.json's ``scripts`` should have: "add a start script that runs node server.js", "set the test
script to vitest run", "add a script called dev that runs `nodemon server.js`"."""
_PYTHON = r"python\s*(?P<version>3\.\d+)"
_REQUIRES_PYTHON = re.compile(
    rf"^\s*(?:please\s+)?(?:require|need|support\s+only|target|use)\s+(?:at\s+least\s+)?{_PYTHON}"
    r"(?:\s*\+|\s+or\s+(?:later|newer|above|higher)|\s+and\s+(?:up|above|later|newer))?[\s.!]*$"
    rf"|^\s*(?:the\s+)?(?:minimum|lowest|oldest)\s+python(?:\s+version)?\s+(?:should\s+be|is\s+now|to)\s+(?:python\s*)?(?P<version2>3\.\d+)[\s.!]*$"
    rf"|^\s*(?:please\s+)?(?:raise|bump|set)\s+(?:the\s+)?(?:minimum\s+)?python(?:\s+version)?\s+to\s+(?:python\s*)?(?P<version3>3\.\d+)[\s.!]*$",
    re.IGNORECASE)
_DROPS_PYTHON = re.compile(rf"^\s*(?:please\s+)?(?:drop|remove|end)\s+(?:support\s+for\s+)?{_PYTHON}(?:\s+support)?[\s.!]*$",
                           re.IGNORECASE)
_DEV = {"development": "dev", "develop": "dev", "testing": "test", "tests": "test", "documentation": "docs"}
_NOT_GROUPS = {"main", "runtime", "project", "normal", "regular", "a", "an", "the", "new", "python", "package", "npm",
               "pip", "required", "production"}


@dataclass(frozen=True)
class ManifestChange:
    text: str
    """The whole manifest as changed."""
    tentative: str = ""
    """Why the user should check it (``Hunk.tentative``): a version the request did not give."""


def dependency_change(path: str, text: str, request: str) -> ManifestChange | None:
    """``text`` (the file at ``path``) as a request about its dependencies, its Python requirement or a
    package.json's scripts changes it; None
    where the file is no manifest this module knows, the request is not about its dependencies, or there is
    nothing to change (a dependency already there, or not there to take out)."""
    manifest = manifest_for(PurePath(path).name, text)
    if manifest is None:
        return None
    if found := _REQUIRES_PYTHON.match(request):
        version = found["version"] or found["version2"] or found["version3"]
        return _changed(manifest, manifest.require_python(version))
    if found := _DROPS_PYTHON.match(request):
        return _changed(manifest, manifest.drop_python(found["version"]))
    if found := SETS_VERSION.match(request):
        operator = "==" if found["verb"].lower() == "pin" else _written_with(text, found["package"]) or ""
        version = operator + found["version"]
        if not manifest.has(found["package"]):
            return None
        return _changed(manifest, manifest.add([Requirement(found["package"], version)], group=None))
    if isinstance(manifest, PackageJson) and (found := _SETS_SCRIPT.match(request)):
        return _changed(manifest, manifest.script_set(found["name"] or found["name2"], found["command"]))
    if found := _ADDS.match(request):
        named_as_dependency = bool(re.search(r"\b(?:dependenc|requirement|deps?\b|group\b)", request, re.IGNORECASE))
        if not (named_as_dependency or manifest.is_only_dependencies):
            return None
        packages = found["packages"] or found["packages2"]
        return _changed(manifest, manifest.add(_requirements(packages), group=_group(found)))
    if found := _REMOVES.match(request):
        names = [requirement.name for requirement in _requirements(found["packages"])]
        if not all(manifest.has(name) for name in names):
            return None
        return _changed(manifest, manifest.remove(names, group=_group(found)))
    return None


def _written_with(text: str, package: str) -> str | None:
    """The Python operator ``package`` is required with ("==" in ``flask==3.0.2``, "~="), where it is an exact or
    compatible one: "upgrade flask to 3.1.0" keeps a pinned flask pinned, where ">=3.1.0" would let it float."""
    found = re.search(rf"(?<![\w.-]){re.escape(package)}(?:\[[^\]]*\])?\s*(?P<operator>==|~=)\s*\d", text, re.IGNORECASE)
    return found["operator"] if found else None


def _changed(manifest: Manifest, changed: str | None) -> ManifestChange | None:
    if changed is None or changed == manifest.text or not manifest.parses(changed):
        return None
    guessed = ANY_VERSION in changed and changed.count(ANY_VERSION) > manifest.text.count(ANY_VERSION)
    return ManifestChange(changed, tentative=(
        f'no version was given, so any version ("{ANY_VERSION}") is allowed: set the one you test with' if guessed else ""))


def _requirements(packages: str) -> list[Requirement]:
    requirements = []
    for written in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", packages.strip()):
        found = re.fullmatch(rf"(?P<name>{_PACKAGE})\s*(?:@?(?P<specifier>(?:[<>=!~]=?|===?|\^|~)\s*\S.*)|\s+(?:version\s+)?v?"
                             rf"(?P<bare>{_VERSION})|@(?P<npm_bare>{_VERSION}))?", written.strip())
        if found:
            specifier = (found["specifier"] or "").replace(" ", "")
            requirements.append(Requirement(found["name"], specifier or found["bare"] or found["npm_bare"] or ""))
    return requirements


def _group(found: re.Match) -> str | None:
    group = next((found[name] for name in ("group", "group2", "group3") if found.groupdict().get(name)), "").lower()
    if not group or group in _NOT_GROUPS:
        return None
    return _DEV.get(group, group)


def manifest_for(filename: str, text: str) -> Manifest | None:
    """The manifest a file of this name and text is, where it parses; None for any other file."""
    lowered = filename.lower()
    if lowered == "pyproject.toml":
        manifest: Manifest = Pyproject(text)
    elif lowered == "cargo.toml":
        manifest = CargoToml(text)
    elif lowered == "package.json":
        manifest = PackageJson(text)
    elif re.fullmatch(r"(?:[\w.-]*[-_.])?requirements(?:[-_.][\w.-]*)?\.(?:txt|in)", lowered):
        manifest = RequirementsFile(text)
    else:
        return None
    return manifest if manifest.parses(text) and manifest.recognised() else None
