"""Edits the runtime makes exactly, without the model: where a rule knows the answer (a rename, a move, a
dependency, a conversion, imports tidied…), the small model's guess is not asked for. ``edit.propose_edit``
tries these first; the router sends the prose and code changes among them to the editor whatever the model
would choose (``exact_prose_change``, ``code_change``)."""

from __future__ import annotations

from pathlib import Path

from companion.behaviors.build_files import target_added
from companion.behaviors.columns import column_added
from companion.behaviors.data_formats import format_broken
from companion.behaviors.dependencies import dependency_change
from companion.behaviors.exact import exact_prose_change
from companion.behaviors.fields import optional_field_added
from companion.behaviors.figures import setting_set
from companion.behaviors.ignore_files import ignore_changed
from companion.behaviors.imports import imports_tidied
from companion.behaviors.labels import labelled_value_set
from companion.behaviors.latex import latex_change
from companion.behaviors.measurements import converted
from companion.behaviors.new_settings import setting_added
from companion.behaviors.ports import port_set
from companion.behaviors.removal import removed_definition
from companion.behaviors.rename import rename_scope, renamed, renaming
from companion.behaviors.routes import removed_route
from companion.behaviors.stylesheets import property_set
from companion.behaviors.sums import summed
from companion.behaviors.switches import switched
from companion.behaviors.table_totals import TABLE_CHANGES
from companion.behaviors.tables import CSV_SUFFIXES
from companion.behaviors.terraform import HCL_SUFFIXES, terraform_change
from companion.behaviors.versions import version_set
from companion.documents import (
    Document,
    is_config,
    is_makefile,
    is_prose,
    language_for,
    parses_cleanly,
)
from companion.proposals import Replacement


def code_change(code: str, request: str, path: Path) -> tuple[str, str] | None:
    """``code`` (of the file ``path``) as ``request`` changes it, and why the user should check it ("" when exact),
    where the request adds, removes or sorts the rows or columns of a CSV file (``tables``), is a make target with the command it runs (``target_added``), a CSS property named in words
    (``property_set``: "make the header background dark green"), a pattern added to an ignore file
    (``ignore_changed``: "also ignore .env files"), a LaTeX title, author, date or section title (``latex_change``),
    a Python module's imports tidied (``imports_tidied``), a running total written with ``sum`` (``summed``), an
    optional field added to a record type (``optional_field_added``) or a column to an SQL table
    (``column_added``), a named number given a new value (``setting_set``: "keep snapshots for 60
    days" sets ``KEEP_DAYS``), a version written beside a name upgraded (``version_set``: "upgrade postgres
    to 17" of ``image: postgres:16``), a port (``port_set``: "change the port to 8080" of ``app.listen(3000,
    …)``), or a setting switched on or off (``switched``: "turn off debug"); None otherwise."""
    language = language_for(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        table = next((changed for change in TABLE_CHANGES if (changed := change(code, request, path))), None)
        return None if table is None else (table.text, table.tentative)
    if is_makefile(path) and (target := target_added(code, request)) is not None:
        return target, ""
    if (styled := property_set(code, request, path)) is not None:
        return styled, ""
    if (ignored := ignore_changed(code, request, path)) is not None:
        return ignored, ""
    if (changed := latex_change(code, request, path)) is not None:
        return changed, ""
    if language == "python" and (tidied := imports_tidied(code, request)) is not None:
        return tidied, ""
    if language == "python" and (total := summed(code, request)) is not None:
        return total, ""
    if (field := optional_field_added(code, request, language)) is not None:
        return field.text, field.tentative
    if (column := column_added(code, request)) is not None:
        return column.text, column.tentative
    if (setting := setting_set(code, request)) is not None:
        return setting, ""
    if (upgraded := version_set(code, request)) is not None:
        return upgraded, ""
    if (moved := port_set(code, request)) is not None:
        return moved, ""
    if (switch := switched(code, request)) is not None:
        return switch, ""
    return None


def made_without_the_model(document: Document, request: str, selection: tuple[int, int] | None,
                            display_path: str) -> list[Replacement] | None:
    """The replacements for a request that needs no model, within the selection or the whole document: a
    renaming (``rename.renaming``, in the scope ``rename_scope`` says), an exact change to prose
    (``exact_prose_change``: a move, a task ticked off, an item added, a piece removed), a setting given a value
    (``labelled_value_set``: "the port should be 9000", where the model had changed the host too), a Terraform
    tag or variable default (``terraform_change``), or added to a settings file (``setting_added``: "add SENTRY_DSN=…", "add a timeout of 30 to the server section"; where the
    file still parses as its format) or set in a shell script ("change the destination to …" of ``DEST=…``), or the
    removal of a definition or a web route in code the request names (``removal``, ``routes``), measurements converted to another system
    (``measurements.converted``: a small model cannot do the arithmetic), a dependency added to or taken out of a
    manifest, or its Python requirement set (``dependency_change``, on the whole manifest: its lists are what it
    is), or a change to code ``code_change`` knows; None for any other request."""
    language = language_for(Path(display_path))
    start, end = rename_scope(document, request, selection, language)
    if asked := renaming(request, document.text[start:end], language):
        return [Replacement(start, end, renamed(document.text[start:end], asked, language), 0)]
    if (manifest := dependency_change(display_path, document.text, request)) is not None:
        return [Replacement(0, len(document.text), manifest.text, 0, manifest.tentative)]
    start, end = selection or (0, len(document.text))
    if is_prose(Path(display_path)):
        if (conversion := converted(document.text[start:end], request)) is not None:
            return [Replacement(start, end, conversion.text, 0, conversion.note)]
        exact = exact_prose_change(document.text[start:end], request)
        return None if exact is None else [Replacement(start, end, exact.text, 0, exact.tentative, whole=exact.whole)]
    hcl = Path(display_path).suffix.lower() in HCL_SUFFIXES  # blocks, not sections: no setting goes in at the end
    if is_config(Path(display_path)) and (setting := (terraform_change(document.text[start:end], request) if hcl else None)
                                          or labelled_value_set(document.text[start:end], request, config=True)
                                          or (None if hcl else setting_added(document.text[start:end], request,
                                                                             Path(display_path)))):
        whole = document.text[:start] + setting + document.text[end:]
        return None if format_broken(whole, document.text, Path(display_path)) else [Replacement(start, end, setting, 0)]
    if language == "bash" and (setting := labelled_value_set(document.text[start:end], request, config=True)):
        return [Replacement(start, end, setting, 0)] if parses_cleanly(setting, language) else None
    if (changed := code_change(document.text[start:end], request, Path(display_path))) is not None:
        return [Replacement(start, end, changed[0], 0, changed[1])]
    removal = removed_definition(document.text[start:end], request, language) or removed_route(
        document.text[start:end], request, language)
    return None if removal is None else [Replacement(start, end, removal[0], 0, removal[1])]
