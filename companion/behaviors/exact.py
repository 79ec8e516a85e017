"""Changes to prose that the editor makes exactly, without the model: a move (``moves``), a task ticked off or an
item added to a list (``lists``), a list sorted or given another form (``list_forms``), a table of contents
(``contents``), headings in title case (``title_case``), a removal of a piece the request names (``removal``), a paragraph split in two
(``splits``), a release added to a changelog (``changelog``), a table's rows or columns added, removed or sorted
(``tables``), a post's front matter (``front_matter``: a tag added, the post published), a labelled value set
(``labels``), quantities
scaled (``scaling``), a figure given a new value (``figures``), American or British spelling (``spelling``),
typos fixed from a dictionary (``typos``). The
router sends such a request to the editor whatever the model would choose, and the editor makes it before asking
the model."""

from __future__ import annotations

from dataclasses import dataclass

from companion.behaviors.changelog import release_added
from companion.behaviors.contents import contents_added
from companion.behaviors.figures import figure_set
from companion.behaviors.front_matter import front_matter_changed
from companion.behaviors.labels import labelled_value_set
from companion.behaviors.letters import signed_as
from companion.behaviors.list_forms import restyled_list, sorted_list
from companion.behaviors.lists import (
    item_added,
    item_added_beside,
    item_of_kind_added,
    ticked,
)
from companion.behaviors.moves import moved
from companion.behaviors.removal import removed
from companion.behaviors.scaling import scaled
from companion.behaviors.spelling import respelled
from companion.behaviors.splits import split_paragraph
from companion.behaviors.table_totals import TABLE_CHANGES
from companion.behaviors.title_case import title_cased
from companion.behaviors.typos import FROM_THE_DICTIONARY, typos_fixed


@dataclass(frozen=True)
class ExactChange:
    text: str
    """The whole passage as changed."""
    whole: bool = False
    """Proposed as one hunk (``Replacement.whole``): a move, half of which would lose the text moved."""
    tentative: str = ""
    """Why the user should check it (``Hunk.tentative``): a typo fixed from a dictionary may be a name."""


def exact_prose_change(passage: str, request: str) -> ExactChange | None:
    """The passage as ``request`` changes it, where it is one of the changes this module names; None otherwise."""
    if (moving := moved(passage, request)) is not None:
        return ExactChange(moving, whole=True)
    if (front := front_matter_changed(passage, request)) is not None:
        return ExactChange(front)
    for table_change in TABLE_CHANGES:
        if (table := table_change(passage, request)) is not None:
            return ExactChange(table.text, tentative=table.tentative)
    for change in (signed_as, sorted_list, restyled_list, contents_added, title_cased, removed, split_paragraph, ticked, release_added,
                   item_added, item_added_beside, item_of_kind_added, labelled_value_set, scaled, figure_set, respelled):
        if (changed := change(passage, request)) is not None:
            return ExactChange(changed)
    if (fixed := typos_fixed(passage, request)) is not None:
        return ExactChange(fixed, tentative=FROM_THE_DICTIONARY)
    return None
