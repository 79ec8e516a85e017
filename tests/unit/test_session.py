"""The session carries a request from locating sections to a committed change, with any Engine."""

from __future__ import annotations

import json

import pytest

from companion.behaviors.edit import MalformedOutput
from companion.behaviors.notes import NOTES_KEPT
from companion.behaviors.statement import AS_GIVEN
from companion.engine.base import GenerationStats
from companion.session import RequestError, Session, commit_message
from companion.vcs import Vcs
from companion.workspace import Workspace
from tests.conftest import git
from tests.scripted import ScriptedEngine

ESSAY = "# Coffee\n\nCoffee comes from Ethiopia.\n\n## Brewing\n\nUse hot water.\n\n## Serving\n\nServe it warm.\n"


def session_for(repo, engine) -> Session:
    (repo / "essay.md").write_text(ESSAY)
    return Session(engine, Workspace(repo), Vcs.discover(repo))


def test_a_selection_is_the_only_text_the_editor_replaces(repo):
    engine = ScriptedEngine(lambda prompt: "cold water")
    proposal = session_for(repo, engine).propose_edit("essay.md", "use cold water", selection="hot water")
    assert proposal.result() == ESSAY.replace("hot water", "cold water")
    assert "<context>\n## Brewing" not in engine.prompts[0]  # the context is the selection's own section
    assert "<original>\nhot water\n</original>" in engine.prompts[0]


def test_a_request_that_names_a_heading_edits_that_heading_and_its_blocks(repo):
    engine = ScriptedEngine(lambda prompt: "## Brewing\n\nUse water just off the boil.")
    proposal = session_for(repo, engine).propose_edit("essay.md", "improve the brewing section")
    assert proposal.result() == ESSAY.replace("Use hot water.", "Use water just off the boil.")
    assert len(engine.prompts) == 1


def test_without_a_name_the_model_chooses_among_the_numbered_sections(repo):
    def choose(prompt, choices):
        assert "[6] Coffee > Serving: Serve it warm." in prompt
        return "6"

    engine = ScriptedEngine(lambda prompt: "Serve it hot, in small cups.", choose)
    proposal = session_for(repo, engine).propose_edit("essay.md", "say how big the cups are")
    assert proposal.result() == ESSAY.replace("Serve it warm.", "Serve it hot, in small cups.")


def test_the_project_style_is_part_of_the_prompt(repo):
    (repo / ".companion").mkdir()
    (repo / ".companion" / "style.md").write_text("Always British spelling.\n")
    engine = ScriptedEngine(lambda prompt: "Use hot water.")
    session_for(repo, engine).propose_edit("essay.md", "x", selection="Use hot water.")
    assert "Always British spelling." in engine.prompts[0]


def test_accepting_writes_and_commits_with_the_request_as_message(repo):
    session = session_for(repo, ScriptedEngine(lambda prompt: "cold water"))
    git(repo, "add", "essay.md")
    git(repo, "commit", "-qm", "essay")
    proposal = session.propose_edit("essay.md", "use cold water", selection="hot water")
    result = session.accept(proposal)
    assert (repo / "essay.md").read_text() == ESSAY.replace("hot water", "cold water")
    assert result.commit is not None and "committed" in result.message
    assert git(repo, "log", "-1", "--format=%s").strip() == "companion: use cold water"


def test_an_empty_answer_is_malformed_and_proposes_nothing(repo):
    with pytest.raises(MalformedOutput, match="no text"):
        session_for(repo, ScriptedEngine(lambda prompt: "   ")).propose_edit("essay.md", "x", selection="hot water")


def test_an_answer_borrowed_from_the_prompts_worked_examples_proposes_nothing(repo):
    parrot = ScriptedEngine(lambda prompt: "The meeting is on Tuesday at the library.")
    with pytest.raises(MalformedOutput, match="its own instructions"):
        session_for(repo, parrot).propose_edit("essay.md", "make it vivid", selection="hot water")


def test_an_answer_that_barely_rewords_a_worked_example_proposes_nothing(repo):
    (repo / "letter.txt").write_text("I really enjoyed hearing about the workshop.\n")
    parrot = ScriptedEngine(lambda prompt: "Dear Sam, thank you for the books; they are great.")
    with pytest.raises(MalformedOutput, match="its own instructions"):
        session_for(repo, parrot).propose_edit("letter.txt", "less generic", selection="I really enjoyed hearing about the workshop.")


def test_an_answer_may_repeat_example_text_that_the_users_own_text_has(repo):
    (repo / "notes.md").write_text("The meeting is on Tuesday at the library. Bring snacks.\n")
    session = session_for(repo, ScriptedEngine(lambda prompt: "The meeting is on Tuesday at the library. Bring fruit."))
    proposal = session.propose_edit("notes.md", "healthier", selection="The meeting is on Tuesday at the library. Bring snacks.")
    assert [h.new for h in proposal.hunks] == ["The meeting is on Tuesday at the library. Bring fruit."]


def test_an_answer_may_contain_a_line_that_a_worked_example_only_keeps(repo):
    (repo / "stats.py").write_text("def average(values):\n    pass\n")
    body = "def average(values):\n    return sum(values) / len(values)\n"
    proposal = session_for(repo, ScriptedEngine(lambda prompt: body)).propose_edit("stats.py", "implement it", selection="def average(values):\n    pass\n")
    assert proposal.result() == body


def test_an_answer_that_only_repeats_the_request_proposes_nothing(repo):
    (repo / "minutes.txt").write_text("Present: Sofia, Dan. Apologies: Ruth.\n")
    echo = ScriptedEngine(lambda prompt: "Ruth was there too, she wasn't absent.")
    with pytest.raises(MalformedOutput, match="repeated your request"):
        session_for(repo, echo).propose_edit("minutes.txt", "Ruth was there too, she wasn't absent", selection="Apologies: Ruth.")


def test_an_answer_may_use_the_words_the_user_dictated(repo):
    (repo / "notes.md").write_text("We meet at TBD.\n")
    session = session_for(repo, ScriptedEngine(lambda prompt: "We meet at noon."))
    assert session.propose_edit("notes.md", "say we meet at noon", selection="We meet at TBD.").result() == "We meet at noon.\n"
    quoted = session_for(repo, ScriptedEngine(lambda prompt: "We meet at noon."))
    assert quoted.propose_edit("notes.md", 'change it to "We meet at noon."', selection="We meet at TBD.").result() == "We meet at noon.\n"


RECIPE = "## Method\n\n1. Soften the onion.\n2. Add the garlic.\n3. Simmer for twenty minutes.\n4. Blend.\n"
STEPS = "1. Soften the onion.\n2. Add the garlic.\n3. Simmer for twenty minutes.\n4. Blend.\n"


def test_an_answer_that_only_takes_out_lines_the_request_did_not_ask_to_cut_proposes_nothing(repo):
    (repo / "soup.md").write_text(RECIPE)
    dropped = ScriptedEngine(lambda prompt: "3. Simmer for twenty minutes.\n4. Blend.")
    with pytest.raises(MalformedOutput, match="only takes out words, lines or sentences"):
        session_for(repo, dropped).propose_edit("soup.md", "step 3 should say to stir now and then", selection=STEPS)


def test_an_answer_that_only_takes_out_a_sentence_the_request_did_not_ask_to_cut_proposes_nothing(repo):
    thanks = "Aisha, thank you for making my best friend so happy. Rob, thank you for asking me to stand here tonight.\n"
    (repo / "speech.md").write_text(thanks)
    dropped = ScriptedEngine(lambda prompt: "Aisha, thank you for making my best friend so happy.")
    with pytest.raises(MalformedOutput, match="only takes out words, lines or sentences"):
        session_for(repo, dropped).propose_edit("speech.md", "make it funnier")
    assert session_for(repo, dropped).propose_edit("speech.md", "cut the thanks to Rob").result() == (
        "Aisha, thank you for making my best friend so happy.\n")


def test_an_answer_that_only_takes_words_out_of_a_sentence_the_request_did_not_ask_to_cut_proposes_nothing(repo):
    ending = "Nora hesitated. She did not know him, and the village behind him was dark.\n"
    (repo / "story.md").write_text(ending)
    trimmed = ScriptedEngine(lambda prompt: "The village behind him was dark.")
    with pytest.raises(MalformedOutput, match="only takes out words, lines or sentences"):
        session_for(repo, trimmed).propose_edit("story.md", "turn this into a cliffhanger")
    assert session_for(repo, trimmed).propose_edit("story.md", "make it punchier").result() == "The village behind him was dark.\n"
    fixed = ScriptedEngine(lambda prompt: "Nora hesitated. She did not know him, and the village was dark.")
    assert session_for(repo, fixed).propose_edit("story.md", "fix the grammar").result() == (  # two words: a fix
        "Nora hesitated. She did not know him, and the village was dark.\n")


@pytest.mark.parametrize("request_text", ["remove step 2", "cut the first two steps", "make it half as long", "only keep the last two steps"])
def test_lines_may_be_taken_out_when_the_request_asks_to_cut(repo, request_text):
    (repo / "soup.md").write_text(RECIPE)
    dropped = ScriptedEngine(lambda prompt: "3. Simmer for twenty minutes.\n4. Blend.")
    assert session_for(repo, dropped).propose_edit("soup.md", request_text, selection=STEPS).result() == (
        "## Method\n\n3. Simmer for twenty minutes.\n4. Blend.\n")


def test_a_revision_that_drops_a_heading_the_request_did_not_speak_of_proposes_nothing(repo):
    engine = ScriptedEngine(lambda prompt: "Brewing is done with water.")
    with pytest.raises(MalformedOutput, match="drops the heading “## Brewing”"):
        session_for(repo, engine).propose_edit("essay.md", "make the brewing section more vivid")


def test_a_revision_that_makes_a_paragraph_a_heading_proposes_nothing_unless_headings_were_asked_for(repo):
    promoted = ScriptedEngine(lambda prompt: "## Brewing\n\n## Use hot water.")
    with pytest.raises(MalformedOutput, match="makes your text “Use hot water.” a heading"):
        session_for(repo, promoted).propose_edit("essay.md", "make the brewing section friendlier")
    assert "## Use hot water" in session_for(repo, promoted).propose_edit(
        "essay.md", "make the first line of the brewing section a heading").result()


def test_a_revision_that_rewords_a_heading_the_request_did_not_speak_of_proposes_nothing(repo):
    run_in = ScriptedEngine(lambda prompt: "## Brewing: use hot water.")
    with pytest.raises(MalformedOutput, match="rewords the heading “## Brewing”"):
        session_for(repo, run_in).propose_edit("essay.md", "the brewing section should mention the grind too")
    renamed = ScriptedEngine(lambda prompt: "## Kettles\n\nUse hot water, never boiling.")
    with pytest.raises(MalformedOutput, match="rewords the heading “## Brewing”"):
        session_for(repo, renamed).propose_edit("essay.md", "make the brewing section more precise")
    shouted = ScriptedEngine(lambda prompt: "## BREWING\n\nUse hot water.")
    with pytest.raises(MalformedOutput, match="rewords the heading “## Brewing”"):
        session_for(repo, shouted).propose_edit("essay.md", "fix any typos in the brewing section")
    fixed = ScriptedEngine(lambda prompt: "## Brewing.\n\nUse hot water, never boiling.")  # punctuation is no rewording
    assert "## Brewing.\n\nUse hot water, never boiling." in session_for(repo, fixed).propose_edit(
        "essay.md", "make the brewing section more precise").result()


def test_a_section_asked_for_by_name_comes_under_a_heading_with_that_name(repo):
    elsewhere = ScriptedEngine(lambda prompt: "## Brewing\n\nUse hot water.\n\n## Pupils pour it into small cups.\n\nSlowly.")
    with pytest.raises(MalformedOutput, match="does not name the one you asked for"):
        session_for(repo, elsewhere).propose_edit("essay.md", "add a grinding section after brewing")
    named = ScriptedEngine(lambda prompt: "## Brewing\n\nUse hot water.\n\n## Grinding\n\nGrind it fine.")
    assert "## Grinding\n\nGrind it fine." in session_for(repo, named).propose_edit(
        "essay.md", "add a grinding section after brewing").result()


def test_a_heading_may_be_reworded_or_taken_out_when_the_request_speaks_of_it(repo):
    reworded = ScriptedEngine(lambda prompt: "## How to brew\n\nUse water just off the boil.")
    proposal = session_for(repo, reworded).propose_edit("essay.md", "make the brewing section and its heading more vivid")
    assert proposal.result() == ESSAY.replace("## Brewing\n\nUse hot water.", "## How to brew\n\nUse water just off the boil.")
    merged = ScriptedEngine(lambda prompt: "Use hot water.")
    proposal = session_for(repo, merged).propose_edit("essay.md", "remove the heading of the brewing section")
    assert "## Brewing" not in proposal.result()


LIMITS = "Photos without a date in their EXIF data are left where they are. Videos are skipped."


def test_asked_to_add_a_statement_a_revision_that_drops_one_of_the_text_gives_way_to_the_users_words(repo):
    (repo / "notes.md").write_text(LIMITS + "\n")
    replaced = ScriptedEngine(lambda prompt: "Videos are skipped because EXIF dates are unreliable for them.")
    proposal = session_for(repo, replaced).propose_edit("notes.md", "mention that videos are skipped because EXIF dates are unreliable")
    assert proposal.result() == ("Photos without a date in their EXIF data are left where they are. Videos are skipped "
                                 "because EXIF dates are unreliable.\n")  # the sentence it says again with more
    assert [hunk.tentative for hunk in proposal.hunks] == [AS_GIVEN]


def test_asked_to_add_a_statement_a_revision_may_reword_what_it_keeps(repo):
    (repo / "notes.md").write_text(LIMITS + "\n")
    added = ScriptedEngine(lambda prompt: "Photos with no date in their EXIF data are left where they are. Videos are "
                                          "skipped, since their EXIF dates are unreliable.")
    proposal = session_for(repo, added).propose_edit("notes.md", "say that videos are skipped because EXIF dates are unreliable")
    assert "since their EXIF dates are unreliable" in proposal.result()


def test_a_word_taken_out_is_a_revision_not_a_loss_of_lines(repo):
    (repo / "story.md").write_text("It was the most proudest moment of my life.\n")
    fixed = ScriptedEngine(lambda prompt: "It was the proudest moment of my life.")
    proposal = session_for(repo, fixed).propose_edit("story.md", "fix the grammar", selection="It was the most proudest moment of my life.")
    assert proposal.result() == "It was the proudest moment of my life.\n"


def test_code_that_parsed_is_never_replaced_by_code_that_does_not(repo):
    (repo / "server.js").write_text("const port = 3000;\n\napp.listen(port);\n")
    prose = ScriptedEngine(lambda prompt: "The default port should be 8080.")
    with pytest.raises(MalformedOutput, match="not valid JavaScript"):
        session_for(repo, prose).propose_edit("server.js", "use 8080", selection="const port = 3000;")
    fixed = session_for(repo, ScriptedEngine(lambda prompt: "const port = 8080;"))
    assert fixed.propose_edit("server.js", "use 8080", selection="const port = 3000;").result().startswith("const port = 8080;")


def test_a_port_to_another_language_is_checked_in_the_language_asked_for(repo):
    (repo / "shop.js").write_text("function total(items) {\n  return items.length;\n}\n")
    python = "def total(items):\n    return len(items)\n"
    ported = session_for(repo, ScriptedEngine(lambda prompt: python)).propose_edit("shop.js", "port it to python", selection="function total(items) {\n  return items.length;\n}")
    assert ported.result() == python
    with pytest.raises(MalformedOutput, match="not valid JavaScript"):
        session_for(repo, ScriptedEngine(lambda prompt: python)).propose_edit("shop.js", "make it shorter", selection="function total(items) {\n  return items.length;\n}")


def test_a_targeted_edit_never_loses_a_definition_the_request_did_not_name(repo):
    (repo / "events.js").write_text("function emit(name) {\n  return name;\n}\n")
    selection = "function emit(name) {\n  return name;\n}"
    renamed = ScriptedEngine(lambda prompt: "function remove(name) {\n  return name;\n}")
    with pytest.raises(MalformedOutput, match="drops emit"):
        session_for(repo, renamed).propose_edit("events.js", "add an off function", selection=selection)
    asked = session_for(repo, renamed).propose_edit("events.js", "rename emit to remove", selection=selection)
    assert asked.result().startswith("function remove(name)")


DEPLOY = 'SERVER="web1"\n\necho "Building site"\nnpm run build\n\nrsync -az dist/ "$SERVER:/srv/"\n'


def test_asked_only_to_add_to_code_a_revision_that_loses_lines_proposes_nothing(repo):
    (repo / "deploy.sh").write_text(DEPLOY)
    replaced = DEPLOY.replace('echo "Building site"\nnpm run build', "npm install --no-cache /srv/deploy/test.sh")
    with pytest.raises(MalformedOutput, match="drops “echo \"Building site\"”, where the request only asks to add"):
        session_for(repo, ScriptedEngine(lambda prompt: replaced)).propose_edit("deploy.sh", "add a check that npm is installed",
                                                                                selection=DEPLOY.rstrip())
    checked = DEPLOY.replace("npm run build", "command -v npm >/dev/null || exit 1\nnpm run build")
    assert session_for(repo, ScriptedEngine(lambda prompt: checked)).propose_edit(
        "deploy.sh", "add a check that npm is installed", selection=DEPLOY.rstrip()).result() == checked
    changed = DEPLOY.replace('rsync -az dist/', 'rsync -az --dry-run dist/')  # a line changed to add, not lost
    assert session_for(repo, ScriptedEngine(lambda prompt: changed)).propose_edit(
        "deploy.sh", "add a --dry-run flag to rsync", selection=DEPLOY.rstrip()).result() == changed


COUNTER = ('export function Counter({ step = 1 }) {\n  const [count, setCount] = useState(0);\n  return (\n    <div>\n'
           '      <button onClick={() => setCount(count + step)}>Add {step}</button>\n'
           '      <button onClick={() => setCount(0)}>Reset</button>\n    </div>\n  );\n}\n')


def test_asked_only_to_add_to_code_a_revision_that_changes_lines_and_adds_none_proposes_nothing(repo):
    (repo / "Counter.tsx").write_text(COUNTER)
    repointed = COUNTER.replace("onClick={() => setCount(count + step)}", "onClick={decrement}").replace(
        ">Reset</button>", " />")
    with pytest.raises(MalformedOutput, match="drops “<button onClick={\\(\\) => setCount\\(count \\+ step\\)}>Add"):
        session_for(repo, ScriptedEngine(lambda prompt: repointed)).propose_edit("Counter.tsx", "add a decrement button",
                                                                                  selection=None)
    added = COUNTER.replace("    </div>", "      <button onClick={() => setCount(count - step)}>Take {step}</button>\n    </div>")
    assert session_for(repo, ScriptedEngine(lambda prompt: added)).propose_edit(
        "Counter.tsx", "add a decrement button", selection=None).result() == added


PAGE = ("<!DOCTYPE html>\n<html>\n<body>\n  <h1>Maple Street Bakery</h1>\n  <ul>\n    <li>Monday to Friday: 7am to 6pm</li>\n"
        "    <li>Saturday: 8am to 4pm</li>\n    <li>Sunday: closed</li>\n  </ul>\n</body>\n</html>\n")


STYLESHEET = "header {\n  background: #f4e1c1;\n  padding: 2rem;\n  text-align: center;\n  font-size: 1.2rem;\n}\n"


def test_a_revision_that_keeps_almost_nothing_of_the_text_where_nothing_was_to_go_proposes_nothing(repo):
    (repo / "style.css").write_text(STYLESHEET)
    fragment = "padding: 3rem;"
    with pytest.raises(MalformedOutput, match="keeps almost nothing of your text \\(it drops “header {” and 4 more"):
        session_for(repo, ScriptedEngine(lambda prompt: fragment)).propose_edit("style.css", "give the header more room")
    trimmed = "header {\n  padding: 2rem;\n}\n"
    assert session_for(repo, ScriptedEngine(lambda prompt: trimmed)).propose_edit(
        "style.css", "remove everything from the header but its padding").result() == trimmed


HANDBOOK = (
    "# Garden handbook\n\n## Watering\n\nWater early in the morning or in the evening, when less evaporates. Water the "
    "soil, not the leaves. A deep soak twice a week is better than a sprinkle every day.\n\n## Tools\n\nShared tools "
    "live in the shed. Clean the soil off them before you put them back, and report anything broken to the steward.\n"
)


def test_a_rewrite_that_keeps_little_of_the_text_or_drops_a_heading_proposes_nothing_unless_asked_for_less(repo):
    (repo / "handbook.md").write_text(HANDBOOK)
    one_line = ScriptedEngine(lambda prompt: "Dear Sam, thank you for reading this handbook.")
    with pytest.raises(MalformedOutput, match=r"keeps little of your text \(8 words for your 58\)"):
        session_for(repo, one_line).propose_edit("handbook.md", "rewrite it in a more formal tone", rewrite=True)
    assert session_for(repo, one_line).propose_edit("handbook.md", "rewrite it as a tweet", rewrite=True).hunks
    no_tools = ScriptedEngine(lambda prompt: HANDBOOK.split("## Tools")[0].replace("Water early", "One should water early")
                              + "Shared tools are kept in the shed; clean them and report anything broken to the steward.\n")
    with pytest.raises(MalformedOutput, match="drops the heading “## Tools”"):
        session_for(repo, no_tools).propose_edit("handbook.md", "rewrite it in a more formal tone", rewrite=True)
    assert session_for(repo, no_tools).propose_edit("handbook.md", "rewrite it without headings", rewrite=True).hunks
    assert session_for(repo, no_tools).propose_edit("handbook.md", "start over, more formally", rewrite=True).hunks


def test_a_rewrite_with_none_of_the_users_words_proposes_nothing_unless_asked_to_translate(repo):
    (repo / "contacts.md").write_text("Plot coordinator: Amara Okafor, plots@garden.org\nTool steward: Ben Hollis\n")
    unrelated = ScriptedEngine(lambda prompt: "This is a more formal request.")
    with pytest.raises(MalformedOutput, match="has none of your words"):
        session_for(repo, unrelated).propose_edit("contacts.md", "rewrite this in a more formal tone", rewrite=True)
    assert session_for(repo, unrelated).propose_edit("contacts.md", "translate this into Welsh", rewrite=True).hunks


def test_a_revision_of_a_page_that_loses_a_tag_where_nothing_was_to_go_proposes_nothing(repo):
    (repo / "index.html").write_text(PAGE)
    unclosed = PAGE.replace("</li>\n    <li>Sunday", "\n    <li>Sunday")
    with pytest.raises(MalformedOutput, match="drops the tag “</li>”"):
        session_for(repo, ScriptedEngine(lambda prompt: unclosed)).propose_edit(
            "index.html", "make the Saturday hours end at 2pm", selection=PAGE)
    rewritten = "Maple Street Bakery\nOpen Monday to Saturday.\n"
    with pytest.raises(MalformedOutput, match="drops the tag “<html>”"):
        session_for(repo, ScriptedEngine(lambda prompt: rewritten)).propose_edit("index.html", "rewrite it more warmly", rewrite=True)
    added = PAGE.replace("    <li>Sunday: closed</li>\n", "    <li>Sunday: closed</li>\n    <li>Monday: 7am to 6pm</li>\n")
    assert session_for(repo, ScriptedEngine(lambda prompt: added)).propose_edit(
        "index.html", "add Monday 7am to 6pm", selection=PAGE).result() == added


MEDIAN = "def median(values):\n    ordered = sorted(values)\n    return ordered[len(ordered) // 2]\n"


def test_asked_to_handle_a_case_a_revision_that_loses_what_the_code_did_proposes_nothing(repo):
    (repo / "median.py").write_text(MEDIAN)
    meaned = 'def median(values):\n    if not values:\n        raise ValueError("empty")\n    return sum(values) / len(values)\n'
    with pytest.raises(MalformedOutput, match="drops “return ordered\\[len"):
        session_for(repo, ScriptedEngine(lambda prompt: meaned)).propose_edit(
            "median.py", "median should raise ValueError on an empty list", selection=MEDIAN.rstrip())
    guarded = MEDIAN.replace("    ordered", '    if not values:\n        raise ValueError("empty")\n    ordered')
    assert session_for(repo, ScriptedEngine(lambda prompt: guarded)).propose_edit(
        "median.py", "median should raise ValueError on an empty list", selection=MEDIAN.rstrip()).result() == guarded


STATS = "def mean(values):\n    return sum(values) / len(values)\n\n\ndef summary(values):\n    return {\"mean\": mean(values)}\n"


def test_asked_to_add_a_named_function_a_revision_without_it_proposes_nothing(repo):
    (repo / "stats.py").write_text(STATS)
    documented = STATS.replace("def summary(values):\n", 'def summary(values):\n    """Summary from values."""\n')
    with pytest.raises(MalformedOutput, match="adds no mode function"):
        session_for(repo, ScriptedEngine(lambda prompt: documented)).propose_edit("stats.py", "add a mode function",
                                                                                  selection=STATS.rstrip())
    mode = STATS + "\n\ndef mode(values):\n    return max(set(values), key=values.count)\n"
    assert session_for(repo, ScriptedEngine(lambda prompt: mode)).propose_edit(
        "stats.py", "add a mode function", selection=STATS.rstrip()).result() == mode
    most_common = STATS + "\n\ndef most_common(values):\n    return max(set(values), key=values.count)\n"
    assert session_for(repo, ScriptedEngine(lambda prompt: most_common)).propose_edit(  # named otherwise, but new
        "stats.py", "add a recursive function", selection=STATS.rstrip()).result() == most_common


def test_a_revision_that_says_a_line_nearly_twice_proposes_nothing_but_a_paragraph_made_a_list_may(repo):
    (repo / "press.md").write_text("# Tidepool launches shared notebooks for small research teams\n\nBody.\n")
    stutter = ScriptedEngine(lambda prompt: "# TIDEPOOL LAUNCHES SHARED KNITLS FOR SMALL RESEARCH TEAMS\n"
                                            "# TIDEPOOL LIBRARIES SHARED KNITS FOR SMALL RESEARCH TEAMS")
    with pytest.raises(MalformedOutput, match="LIBRARIES SHARED KNITS.*more than once"):
        session_for(repo, stutter).propose_edit("press.md", "make the headline punchier",
                                                selection="# Tidepool launches shared notebooks for small research teams")
    (repo / "kit.md").write_text("Bring two litres of water per person. Bring two litres of juice per person.\n")
    listed = "- Bring two litres of water per person.\n- Bring two litres of juice per person.\n"
    assert session_for(repo, ScriptedEngine(lambda prompt: listed)).propose_edit(
        "kit.md", "turn this into a bulleted list").result() == listed


@pytest.mark.parametrize(("name", "text", "broken", "kind"), [
    ("settings.json", '{\n  "theme": "light",\n  "tabSize": 4\n}\n', '{\n  "theme": "dark",\n  "tabSize": 4\n', "JSON"),
    ("Cargo.toml", '[package]\nname = "tally"\nversion = "0.2.0"\n', '[package]\nname = "tally"\nversion = "0.3.0\n', "TOML"),
    ("ci.yaml", "jobs:\n  test:\n    runs-on: ubuntu-latest\n", "jobs:\n  test:\n    runs-on: ubuntu-latest\n   steps: []\n",
     "YAML"),
])
def test_a_revision_that_leaves_a_data_file_unreadable_proposes_nothing(repo, name, text, broken, kind):
    (repo / name).write_text(text)
    with pytest.raises(MalformedOutput, match=f"no longer valid {kind}"):
        session_for(repo, ScriptedEngine(lambda prompt: broken)).propose_edit(name, "make it nicer")
    assert (repo / name).read_text() == text


def test_a_data_file_that_did_not_parse_before_is_not_held_to_it(repo):
    commented = '{\n  // editors allow comments\n  "theme": "light"\n}\n'
    (repo / "settings.json").write_text(commented)
    dark = commented.replace("light", "dark")
    assert session_for(repo, ScriptedEngine(lambda prompt: dark)).propose_edit(
        "settings.json", "use the dark theme", selection=commented.rstrip()).result() == dark


def test_a_revision_that_says_a_line_twice_unasked_proposes_nothing(repo):
    (repo / "tips.md").write_text("- Pack light.\n- Book the sleeper train early.\n")
    twice = ScriptedEngine(lambda prompt: "- Pack light and early for the trip.\n- Pack light and early for the trip.")
    with pytest.raises(MalformedOutput, match="says “- Pack light and early for the trip.” more than once"):
        session_for(repo, twice).propose_edit("tips.md", "make the tips stronger")
    assert session_for(repo, twice).propose_edit("tips.md", "repeat the first tip, reworded").result() == (
        "- Pack light and early for the trip.\n- Pack light and early for the trip.\n")


def test_asked_to_correct_a_revision_that_rewrites_proposes_nothing(repo):
    (repo / "cv.md").write_text("- Led the move of the routing service to three services.\n- Mentored four junior engineer.\n")
    rewritten = ScriptedEngine(lambda prompt: "- The company has a 100% uptime guarantee.\n- Mentored four junior engineers.")
    with pytest.raises(MalformedOutput, match="asks only for corrections"):
        session_for(repo, rewritten).propose_edit("cv.md", "fix the grammar in the bullets")
    corrected = ScriptedEngine(lambda prompt: "- Led the move of the routing service to three services.\n"
                                              "- Mentored four junior engineers.")
    assert session_for(repo, corrected).propose_edit("cv.md", "fix the grammar in the bullets").result().endswith(
        "four junior engineers.\n")


def test_a_prose_revision_with_figures_nobody_gave_is_proposed_for_checking(repo):
    (repo / "post.md").write_text("We now run the suite on two machines. They cost 3,200 dollars once.\n")
    invented = ScriptedEngine(lambda prompt: "We now run the suite on two machines. They cost 3,200 dollars once. "
                                             "They draw 15 kilowatts.")
    proposal = session_for(repo, invented).propose_edit("post.md", "add a sentence about the power costs")
    assert [hunk.tentative for hunk in proposal.hunks] == [
        "the model wrote figures that are neither in your text nor in your request (15): check them"]
    given = ScriptedEngine(lambda prompt: "We now run the suite on two machines. They cost 3,200 dollars once. "
                                          "Power adds 40 dollars a month.")
    proposal = session_for(repo, given).propose_edit("post.md", "mention that power adds 40 dollars a month")
    assert [hunk.tentative for hunk in proposal.hunks] == [""]


def test_asked_to_add_to_what_is_there_a_code_revision_that_drops_a_value_or_definition_proposes_nothing(repo):
    workflow = 'jobs:\n  test:\n    steps:\n      - uses: actions/setup-python@v5\n        with:\n          python-version: "3.11"\n'
    (repo / "ci.yml").write_text(workflow)
    replaced = ScriptedEngine(lambda prompt: workflow.replace("3.11", "3.12").rstrip())
    with pytest.raises(MalformedOutput, match='drops "3.11", where the request asks to add to what is there'):
        session_for(repo, replaced).propose_edit("ci.yml", "also test on python 3.12", selection=workflow.rstrip())
    summary = "def summarize(amounts):\n    return {'total': sum(amounts)}\n"
    (repo / "summary.py").write_text(summary)
    renamed = ScriptedEngine(lambda prompt: summary.replace("summarize", "smallest").rstrip())
    with pytest.raises(MalformedOutput, match="drops summarize, where the request asks to add"):
        session_for(repo, renamed).propose_edit("summary.py", "summarize should also report the smallest amount",
                                                selection=summary.rstrip())
    both = summary.replace("}", ", 'smallest': min(amounts)}")
    assert session_for(repo, ScriptedEngine(lambda prompt: both.rstrip())).propose_edit(
        "summary.py", "summarize should also report the smallest amount", selection=summary.rstrip()).result() == both


READ_CONFIG = 'function readConfig(file) {\n  const text = fs.readFileSync(file, "utf8");\n  return JSON.parse(text);\n}\n'
LOGGED = READ_CONFIG.replace("{\n", '{\n  console.log("readConfig", file);\n', 1)


def test_a_code_revision_that_only_adds_a_log_line_unasked_proposes_nothing(repo):
    (repo / "config.js").write_text(READ_CONFIG)
    with pytest.raises(MalformedOutput, match="only adds a line that logs"):
        session_for(repo, ScriptedEngine(lambda prompt: LOGGED)).propose_edit(
            "config.js", "readConfig should cope with a config that has comments", selection=READ_CONFIG.rstrip())
    assert session_for(repo, ScriptedEngine(lambda prompt: LOGGED)).propose_edit(
        "config.js", "log the file readConfig reads", selection=READ_CONFIG.rstrip()).result() == LOGGED


def test_asked_to_throw_a_revision_that_throws_nothing_proposes_nothing(repo):
    (repo / "config.js").write_text(READ_CONFIG)
    checked = READ_CONFIG.replace("{\n", '{\n  if (!fs.existsSync(file)) {\n    return {};\n  }\n', 1)
    with pytest.raises(MalformedOutput, match="raises or throws no error"):
        session_for(repo, ScriptedEngine(lambda prompt: checked)).propose_edit(
            "config.js", "readConfig should throw a clear error when the file is missing", selection=READ_CONFIG.rstrip())
    limited = 'const LIMIT = 10;\n'
    (repo / "limit.js").write_text(limited)
    assert session_for(repo, ScriptedEngine(lambda prompt: "const LIMIT = 50;")).propose_edit(  # a bigger number
        "limit.js", "raise the limit to 50", selection=limited.rstrip()).result() == "const LIMIT = 50;\n"
    throwing = checked.replace("return {};", "throw new Error(`no config at ${file}`);")
    assert session_for(repo, ScriptedEngine(lambda prompt: throwing)).propose_edit(
        "config.js", "readConfig should throw a clear error when the file is missing",
        selection=READ_CONFIG.rstrip()).result() == throwing


def test_asked_for_type_hints_a_revision_that_adds_none_proposes_nothing(repo):
    tasks = "def add_task(title):\n    tasks = load_tasks()\n    tasks.append(title)\n"
    (repo / "tasks.py").write_text(tasks)
    documented = tasks.replace(":\n", ':\n    """Add a task."""\n', 1)
    with pytest.raises(MalformedOutput, match="adds no type hints"):
        session_for(repo, ScriptedEngine(lambda prompt: documented)).propose_edit("tasks.py", "add type hints",
                                                                                  selection=tasks.rstrip())
    typed = tasks.replace("(title):", "(title: str) -> None:")
    assert session_for(repo, ScriptedEngine(lambda prompt: typed)).propose_edit(
        "tasks.py", "add type hints", selection=tasks.rstrip()).result() == typed


def test_asked_for_a_flag_of_two_words_a_revision_without_them_proposes_nothing(repo):
    (repo / "config.js").write_text(READ_CONFIG)
    with pytest.raises(MalformedOutput, match="adds no dry run flag"):
        session_for(repo, ScriptedEngine(lambda prompt: LOGGED)).propose_edit(
            "config.js", "add a dry run flag that only prints the targets", selection=READ_CONFIG.rstrip())
    flagged = READ_CONFIG.replace("{\n", '{\n  const dryRun = process.argv.includes("--dry-run");\n', 1)
    assert session_for(repo, ScriptedEngine(lambda prompt: flagged)).propose_edit(
        "config.js", "add a dry run flag that only prints the targets", selection=READ_CONFIG.rstrip()).result() == flagged


def test_the_training_datas_placeholder_comment_is_not_proposed_as_a_comment(repo):
    (repo / "config.js").write_text(READ_CONFIG)
    placeholder = ScriptedEngine(lambda prompt: "// readConfig: see the tests for examples.\n" + READ_CONFIG.rstrip())
    with pytest.raises(MalformedOutput, match="placeholder note"):
        session_for(repo, placeholder).propose_edit("config.js", "add a comment above readConfig", selection=READ_CONFIG.rstrip())


PYPROJECT = '[project]\nname = "weather-cli"\nversion = "0.3.1"\n\n[project.scripts]\nweather = "weather_cli.main:run"\n'


def test_a_revision_of_a_settings_file_that_loses_a_setting_the_request_did_not_name_proposes_nothing(repo):
    (repo / "pyproject.toml").write_text(PYPROJECT)
    untabled = PYPROJECT.replace("[project]\n", "").replace("0.3.1", "0.4.0")
    with pytest.raises(MalformedOutput, match="drops “\\[project\\]”, a setting the request did not ask to change"):
        session_for(repo, ScriptedEngine(lambda prompt: untabled)).propose_edit(
            "pyproject.toml", "make the version 0.4 for the release", selection=PYPROJECT.rstrip())
    unscripted = PYPROJECT.replace('\n[project.scripts]\nweather = "weather_cli.main:run"\n', "")
    assert session_for(repo, ScriptedEngine(lambda prompt: unscripted)).propose_edit(
        "pyproject.toml", "remove the scripts table", selection=PYPROJECT.rstrip()).result() == unscripted


BOOKS_API = ('@app.route("/books")\ndef list_books():\n    return jsonify(BOOKS)\n\n\n'
             '@app.route("/books/<int:book_id>")\ndef get_book(book_id):\n    return jsonify(BOOKS[book_id])\n')


def test_asked_to_add_a_route_or_a_definition_a_revision_with_none_proposes_nothing(repo):
    """The adapter had answered "add a route that returns the number of books" by changing a route's path."""
    (repo / "app.py").write_text(BOOKS_API)
    moved = BOOKS_API.replace('"/books/<int:book_id>"', '"/books/<int:book_id>/reviews"')
    with pytest.raises(MalformedOutput, match="adds no route, which you asked for"):
        session_for(repo, ScriptedEngine(lambda prompt: moved)).propose_edit(
            "app.py", "add a route that returns the number of books", selection=BOOKS_API.rstrip())
    counted = BOOKS_API + '\n\n@app.route("/books/count")\ndef count_books():\n    return jsonify(len(BOOKS))\n'
    assert session_for(repo, ScriptedEngine(lambda prompt: counted)).propose_edit(
        "app.py", "add a route that returns the number of books", selection=BOOKS_API.rstrip()).result() == counted
    (repo / "stats.py").write_text(STATS)
    with pytest.raises(MalformedOutput, match="adds no function, which you asked for"):
        session_for(repo, ScriptedEngine(lambda prompt: STATS.replace("sum(values)", "sum(sorted(values))"))).propose_edit(
            "stats.py", "add a function that sorts the values", selection=STATS.rstrip())


def test_asked_to_add_a_named_setting_or_option_a_revision_without_it_proposes_nothing(repo):
    config = "server:\n  host: 0.0.0.0\n  port: 8000\n"
    (repo / "config.yaml").write_text(config)
    host_changed = config.replace("0.0.0.0", "0.0.0.0:8000")
    with pytest.raises(MalformedOutput, match="adds no timeout setting,"):
        session_for(repo, ScriptedEngine(lambda prompt: host_changed)).propose_edit(
            "config.yaml", "add a timeout setting to the server", selection=config.rstrip())
    timed = config + "  timeout: 30\n"
    assert session_for(repo, ScriptedEngine(lambda prompt: timed)).propose_edit(
        "config.yaml", "add a timeout setting to the server", selection=config.rstrip()).result() == timed
    assert session_for(repo, ScriptedEngine(lambda prompt: host_changed)).propose_edit(  # given its value: no model
        "config.yaml", "add a timeout of 30 seconds to the server", selection=config.rstrip()).result() == timed
    (repo / "count.py").write_text(STATS)
    with pytest.raises(MalformedOutput, match="adds no --count option"):
        session_for(repo, ScriptedEngine(lambda prompt: STATS.replace("mean(values)}", "mean(values), 'n': 1}"))).propose_edit(
            "count.py", "add a --count option", selection=STATS.rstrip())


def test_a_setting_in_a_config_file_is_given_its_value_without_the_model(repo):
    (repo / "config.yaml").write_text("server:\n  host: 0.0.0.0\n  port: 8000\n")
    never = ScriptedEngine(lambda prompt: pytest.fail("the model was asked"))
    assert session_for(repo, never).propose_edit("config.yaml", "the port should be 9000").result() == (
        "server:\n  host: 0.0.0.0\n  port: 9000\n")


def test_a_method_or_a_field_the_request_did_not_name_is_never_lost_either(repo):
    cart = "export class Cart {\n  private items: Item[] = [];\n\n  total(): number {\n    return this.items.length;\n  }\n}\n"
    (repo / "cart.ts").write_text(cart)
    added_instead = cart.replace("total(): number", "remove(item: Item): void")
    with pytest.raises(MalformedOutput, match="drops total"):
        session_for(repo, ScriptedEngine(lambda prompt: added_instead)).propose_edit("cart.ts", "add a remove method", selection=cart.rstrip())
    without_total = "export class Cart {\n  private items: Item[] = [];\n}\n"
    asked = session_for(repo, ScriptedEngine(lambda prompt: without_total)).propose_edit("cart.ts", "remove the method that counts", selection=cart.rstrip())
    assert asked.result() == without_total
    user = "interface User {\n  id: number;\n  email: string;\n}\n"
    (repo / "user.ts").write_text(user)
    swapped = user.replace("email: string;", "avatarUrl?: string;")
    with pytest.raises(MalformedOutput, match="drops email"):
        session_for(repo, ScriptedEngine(lambda prompt: swapped)).propose_edit("user.ts", "add an optional avatarUrl", selection=user.rstrip())
    added = user.replace("}", "  avatarUrl?: string;\n}")
    assert "avatarUrl?: string;" in session_for(repo, ScriptedEngine(lambda prompt: added)).propose_edit(
        "user.ts", "add an optional avatarUrl", selection=user.rstrip()).result()


def test_a_method_named_like_the_request_s_verb_is_not_named_by_it(repo):
    """"add a method that removes a song" does not name the method ``add``: a revision that turned ``add``
    into ``remove`` (seen on the second blind split) would break every caller."""
    playlist = "export class Playlist {\n  add(song: string): void {\n    this.songs.push(song);\n  }\n}\n"
    (repo / "playlist.ts").write_text(playlist)
    replaced = playlist.replace("add(song: string)", "remove(song: string)")
    with pytest.raises(MalformedOutput, match="drops add"):
        session_for(repo, ScriptedEngine(lambda prompt: replaced)).propose_edit(
            "playlist.ts", "add a method to Playlist that removes a song by title", selection=playlist.rstrip())
    assert session_for(repo, ScriptedEngine(lambda prompt: replaced)).propose_edit(
        "playlist.ts", "add should be called remove", selection=playlist.rstrip()).result() == replaced


def test_a_method_named_like_a_verb_of_removal_is_a_name_after_the_leading_verb(repo):
    """Asked to "add logging to remove", the adapter dropped ``__init__`` and ``add`` from the class: "remove" was
    read as asking to remove something, so no definition was checked, and logging was not read as all it asked."""
    stock = ("class Stock:\n    def add(self, name):\n        self.names.append(name)\n\n"
             "    def remove(self, name):\n        self.names.remove(name)\n")
    (repo / "stock.py").write_text(stock)
    gutted = "class Stock:\n    def remove(self, name):\n        print('removing', name)\n"
    with pytest.raises(MalformedOutput, match="drops add"):
        session_for(repo, ScriptedEngine(lambda prompt: gutted)).propose_edit("stock.py", "add logging and tidy remove",
                                                                             selection=stock.rstrip())
    logged = stock.replace("        self.names.remove", "        print('removing', name)\n        self.names.remove")
    mangled = logged.replace("self.names.append(name)", "self.names.add(name)")
    proposal = session_for(repo, ScriptedEngine(lambda prompt: mangled)).propose_edit("stock.py", "add logging to remove",
                                                                                      selection=stock.rstrip())
    assert proposal.result() == logged


def test_names_local_to_a_function_body_may_go(repo):
    loop = "def average(values):\n    total = 0\n    for value in values:\n        total += value\n    return total / len(values)\n"
    (repo / "stats.py").write_text(loop)
    built_in = "def average(values):\n    return sum(values) / len(values)\n"
    proposal = session_for(repo, ScriptedEngine(lambda prompt: built_in)).propose_edit("stats.py", "simplify average", selection=loop.rstrip())
    assert proposal.result() == built_in


def test_prose_declares_no_names_to_lose(repo):
    (repo / "notes.md").write_text("class A students may leave early.\n")
    engine = ScriptedEngine(lambda prompt: "Students in the first class may leave early.")
    proposal = session_for(repo, engine).propose_edit("notes.md", "reword it", selection="class A students may leave early.")
    assert proposal.result() == "Students in the first class may leave early.\n"


def test_a_fragment_that_never_parsed_alone_may_be_revised_freely(repo):
    (repo / "stats.py").write_text("def total(values):\n    return sum(values)\n")
    engine = ScriptedEngine(lambda prompt: "    return sum(values, 0)")
    proposal = session_for(repo, engine).propose_edit("stats.py", "start at zero", selection="    return sum(values)")
    assert proposal.result() == "def total(values):\n    return sum(values, 0)\n"


def test_an_answer_cut_off_by_the_token_limit_is_malformed(repo):
    engine = ScriptedEngine(lambda prompt: "half an answ")
    original_stream = engine.stream

    def stream(request, cancel=None):
        yield from original_stream(request, cancel)
        engine.last_stats = GenerationStats(finish_reason="length")

    engine.stream = stream
    with pytest.raises(MalformedOutput, match="cut off"):
        session_for(repo, engine).propose_edit("essay.md", "x", selection="hot water")


def test_a_revision_that_falls_into_a_loop_is_stopped_there_and_proposes_nothing(repo):
    looping = "cold water. " + "Stir it well and wait. " * 60
    engine = ScriptedEngine(lambda prompt: looping)
    with pytest.raises(MalformedOutput, match="repeating itself"):
        session_for(repo, engine).propose_edit("essay.md", "use cold water", selection="hot water")
    assert engine.last_stats.generated_tokens < len(looping.split()) / 4  # not left to run to its end
    assert (repo / "essay.md").read_text() == ESSAY


PARAGRAPH = ("The library opens at nine on weekdays and at ten on Saturdays. Members may borrow six books at a "
             "time and renew them twice online, unless another member has reserved them.\n")


TEST = ('def test_lending_limit():\n    library = Library(opening_hour=9, saturday_hour=10, loan_limit=6, renewals=2)\n'
        '    member = library.join("Ada Lovelace", email="ada@example.org")\n    assert member.can_borrow(6)\n')


@pytest.mark.parametrize("file_name, original, request_text, proposed", [
    ("notes.txt", PARAGRAPH, "tidy this up", False),
    ("notes.txt", PARAGRAPH, "duplicate the paragraph", True),
    ("test_library.py", TEST, "tidy this up", True),  # code repeats itself by nature
])
def test_the_passage_written_twice_is_a_loop_in_prose_unless_the_request_asks_for_it(repo, file_name, original, request_text, proposed):
    (repo / file_name).write_text(original)
    engine = ScriptedEngine(lambda prompt: original + "\n\n" + original)
    session = Session(engine, Workspace(repo), Vcs.discover(repo))
    if proposed:
        assert session.propose_edit(file_name, request_text).result() == original + "\n\n" + original
    else:
        with pytest.raises(MalformedOutput, match="repeating itself"):
            session.propose_edit(file_name, request_text)


def test_a_draft_that_falls_into_a_loop_is_proposed_without_it(repo):
    draft = "# Tea\n\nTea is a drink.\n\nIt is brewed in hot water. " + "Tea is nice. " * 60
    engine = ScriptedEngine(lambda prompt: "tea.md" if prompt.endswith("<name>") else draft)
    proposal = session_for(repo, engine).propose_new_document("write a note about tea")
    assert proposal.result() == "# Tea\n\nTea is a drink.\n"


def test_a_draft_that_loops_before_it_says_more_than_its_title_proposes_nothing(repo):
    draft = "# Heater\n\n" + "I'm sorry to hear that you're having trouble with your heater. " * 20
    engine = ScriptedEngine(lambda prompt: "heater.md" if prompt.endswith("<name>") else draft)
    with pytest.raises(MalformedOutput, match="repeating itself"):
        session_for(repo, engine).propose_new_document("draft an email to my landlord about the heater")


def test_a_draft_with_a_stray_sentence_of_the_worked_example_is_still_proposed(repo):
    notes = "# Kickoff\n\nOn Friday the teams meet to plan the new mobile app. Please reply by Thursday so I can book a table.\n"
    engine = ScriptedEngine(lambda prompt: "kickoff.md" if prompt.endswith("<name>") else notes)
    assert session_for(repo, engine).propose_new_document("write notes for the app kickoff").result() == notes


def test_a_draft_that_says_nothing_of_what_the_request_is_about_proposes_nothing(repo):
    coffee = "# Coffee on Friday\n\nWe're having a coffee morning on Friday at 10am.\n"
    engine = ScriptedEngine(lambda prompt: "email.md" if prompt.endswith("<name>") else coffee)
    with pytest.raises(MalformedOutput, match="says nothing of “team”, “summarising”"):
        session_for(repo, engine).propose_new_document("write an email to the team summarising this")
    greeting = "Hi team,\n\nHere is where we stand this week.\n"
    engine = ScriptedEngine(lambda prompt: "email.md" if prompt.endswith("<name>") else greeting)
    assert session_for(repo, engine).propose_new_document("write an email to the team summarising this").result() == greeting
    assert session_for(repo, ScriptedEngine(lambda prompt: "poem.md" if prompt.endswith("<name>") else coffee)
                       ).propose_new_document("write me a poem").result() == coffee  # no subject to hold it to


def test_an_answer_that_falls_into_a_loop_ends_where_the_loop_began(repo):
    engine = ScriptedEngine(lambda prompt: "It is about coffee. " + "Coffee is good. " * 60)
    answer = session_for(repo, engine).answer("who is this for?", "essay.md")
    assert answer.text == "It is about coffee."


def test_an_answer_ends_before_the_model_shows_the_document_again(repo):
    engine = ScriptedEngine(lambda prompt: f'It is about coffee.\n\n<document file="essay.md">\n{ESSAY}</document>')
    assert session_for(repo, engine).answer("who is this for?", "essay.md").text == "It is about coffee."


def test_of_a_long_document_the_model_is_shown_the_sections_the_question_is_about_under_their_headings(repo):
    filler = "Members keep the garden tidy and share what they grow with neighbours. " * 8
    chapters = "".join(f"## Chapter {number}\n\n{filler}\n\n" for number in range(1, 40))
    (repo / "handbook.md").write_text(f"# Handbook\n\n{chapters}## Compost\n\nGreen waste goes in the left bay.\n")
    engine = ScriptedEngine(lambda prompt: "Green waste.")
    session_for(repo, engine).answer("what goes in the left compost bay?", "handbook.md")
    assert "## Compost\n\nGreen waste goes in the left bay." in engine.prompts[-1]
    session_for(repo, engine).answer("what is this about?", "handbook.md")  # nothing asked about: from the start
    assert "## Chapter 1\n" in engine.prompts[-1] and "## Compost" not in engine.prompts[-1]


def test_an_answer_the_model_opens_with_the_prompts_answer_tag_is_shown_without_it(repo):
    streamed = []
    engine = ScriptedEngine(lambda prompt: "<answer>It is about coffee.")
    answer = session_for(repo, engine).answer("who is this for?", "essay.md", on_text=streamed.append)
    assert answer.text == "It is about coffee." and "".join(streamed) == "It is about coffee."
    streamed.clear()
    session_for(repo, ScriptedEngine(lambda prompt: "<ans")).answer("who is this for?", "essay.md", on_text=streamed.append)
    assert "".join(streamed) == "<ans"  # held back in case it began the tag, and passed on when the answer ended


def test_an_answer_that_loops_from_its_first_word_is_an_error_not_an_empty_reply(repo):
    engine = ScriptedEngine(lambda prompt: "Coffee is good. " * 60)
    with pytest.raises(MalformedOutput, match="repeating itself before it answered"):
        session_for(repo, engine).answer("who is this for?", "essay.md")


def test_an_empty_request_is_refused(repo):
    with pytest.raises(RequestError):
        session_for(repo, ScriptedEngine(lambda prompt: "x")).propose_edit("essay.md", "  ")


def test_commit_messages_are_one_short_line():
    assert commit_message("make it\nshorter") == "companion: make it shorter"
    assert len(commit_message("word " * 40)) <= len("companion: ") + 72


def test_add_a_conclusion_inserts_a_new_section_after_the_chosen_one(repo):
    def choose(prompt, choices):
        return f"{len(choices)}"  # the model picks the last section

    engine = ScriptedEngine(lambda prompt: "Serve it warm.\n\n## Conclusion\n\nCoffee rewards care.", choose)
    proposal = session_for(repo, engine).propose_edit("essay.md", "add a conclusion")
    assert proposal.result() == ESSAY + "\n## Conclusion\n\nCoffee rewards care.\n"
    assert all(hunk.start >= ESSAY.index("Serve it warm.") for hunk in proposal.hunks)


def test_comments_whose_quote_is_not_in_the_document_are_dropped_and_counted(repo):
    reply = (
        '{"comments": [{"quote": "Use hot water.", "comment": "How hot?", "suggestion": "Use water at 94 °C."},'
        ' {"quote": "Use boiling milk.", "comment": "Not in the text", "suggestion": null}]}'
    )
    review = session_for(repo, ScriptedEngine(lambda prompt: reply)).review("essay.md")
    assert (review.produced, review.dropped) == (2, 1)
    (comment,) = review.comments
    assert ESSAY[comment.start : comment.end] == "Use hot water."
    assert review.lint_lines() == ["essay.md:7:1: How hot?"]
    assert (repo / "essay.md").read_text() == ESSAY


def test_comments_that_contradict_their_own_quote_or_repeat_another_are_left_out_and_counted(repo):
    comments = [
        ("Coffee comes from Ethiopia.", "Typo: 'Ethopia' should be 'Ethiopia'.", None),  # no "Ethopia" in the quote
        ("Use hot water.", "Typo: 'hot' should be 'hot'.", None),  # corrects nothing
        ("Use hot water.", "How hot? Say 94 °C.", "Use water at 94 °C."),
        ("Use hot water.", "How hot? Say 94 °C.", "Use water at 94 °C."),  # the same again
        ("Serve it warm.", "Typo: 'warm' should be 'hot'.", "Serve it hot."),
        ("Serve it warm.", "Subject-verb agreement and a typo.", "The meeting are on Tuesday."),  # the prompt's example
        ("Use hot water.", "Typo: 'wat' should be 'what'.", None),  # "wat" is in the quote, but as no word of its own
    ]
    reply = json.dumps({"comments": [{"quote": q, "comment": c, "suggestion": g} for q, c, g in comments]})
    review = session_for(repo, ScriptedEngine(lambda prompt: reply)).review("essay.md")
    assert [c.text for c in review.comments] == ["How hot? Say 94 °C.", "Typo: 'warm' should be 'hot'."]
    assert (review.produced, review.dropped, review.unfounded) == (7, 0, 5)
    assert "5 left out" in review.left_out()


def test_a_suggestion_that_changes_nothing_is_no_suggestion(repo):
    reply = '{"comments": [{"quote": "Use hot water.", "comment": "Vague.", "suggestion": "Use hot water."}]}'
    (comment,) = session_for(repo, ScriptedEngine(lambda prompt: reply)).review("essay.md").comments
    assert comment.suggestion is None


def test_a_comments_suggestion_becomes_an_edit_of_exactly_its_span(repo):
    from companion.behaviors.comment import suggestion_proposal

    reply = '{"comments": [{"quote": "Use hot water.", "comment": "How hot?", "suggestion": "Use water at 94 °C."}]}'
    session = session_for(repo, ScriptedEngine(lambda prompt: reply))
    (comment,) = session.review("essay.md").comments
    proposal = suggestion_proposal(session.open("essay.md"), comment, "essay.md")
    assert proposal.result() == ESSAY.replace("Use hot water.", "Use water at 94 °C.")


def test_without_an_open_document_only_answer_and_create_are_offered(repo):
    offered = []

    def choose(prompt, choices):
        offered.append(choices)
        return " answer"

    session = session_for(repo, ScriptedEngine(lambda prompt: "Hello.", choose))
    intent, outcome = session.handle("hi there")
    assert intent == "answer" and outcome.text == "Hello."
    assert offered == [[" answer", " create"]]


MEDIAN = "def median(values):\n    ordered = sorted(values)\n    return ordered[len(ordered) // 2]\n"


SWAPPED = 'def median(values):\n    """Median."""\n    return sum(values) / len(values)\n'


@pytest.mark.parametrize("request_text", ["add a docstring", "Add helpful comments to this code"])
def test_asked_for_notes_only_the_notes_of_an_answer_that_changes_the_code_are_proposed(repo, request_text):
    (repo / "stats.py").write_text(MEDIAN)
    proposal = session_for(repo, ScriptedEngine(lambda prompt: SWAPPED)).propose_edit("stats.py", request_text,
                                                                                       selection=MEDIAN)
    assert proposal.result() == MEDIAN.replace("(values):\n", '(values):\n    """Median."""\n')
    assert [hunk.tentative for hunk in proposal.hunks] == [NOTES_KEPT]


def test_a_rewrite_for_notes_that_changes_the_code_is_cut_down_to_its_notes_too(repo):
    (repo / "stats.py").write_text(MEDIAN)
    proposal = session_for(repo, ScriptedEngine(lambda prompt: SWAPPED)).propose_edit(
        "stats.py", "add docstrings to every function", rewrite=True)
    assert proposal.result() == MEDIAN.replace("(values):\n", '(values):\n    """Median."""\n')


def test_asked_for_logging_an_answer_that_changes_the_code_and_logs_nothing_proposes_nothing(repo):
    (repo / "stats.py").write_text(MEDIAN)
    with pytest.raises(MalformedOutput, match="changes lines of your code"):
        session_for(repo, ScriptedEngine(lambda prompt: SWAPPED)).propose_edit("stats.py", "add logging", selection=MEDIAN)


def test_notes_may_be_added_between_and_after_the_lines_of_code(repo):
    (repo / "stats.py").write_text(MEDIAN)
    documented = ('def median(values):\n    """The middle value."""\n    ordered = sorted(values)  # a copy\n'
                  "    return ordered[len(ordered) // 2]\n")
    session = session_for(repo, ScriptedEngine(lambda prompt: documented))
    assert session.propose_edit("stats.py", "add comments", selection=MEDIAN).result() == documented


def test_a_request_that_asks_for_more_than_notes_may_change_the_code(repo):
    (repo / "stats.py").write_text(MEDIAN)
    fixed = 'def median(values):\n    """Median."""\n    return sorted(values)[len(values) // 2]\n'
    session = session_for(repo, ScriptedEngine(lambda prompt: fixed))
    assert session.propose_edit("stats.py", "add a docstring and simplify it", selection=MEDIAN).result() == fixed


def test_asked_to_make_a_statement_a_revision_that_does_not_make_it_proposes_nothing(repo):
    (repo / "notes.md").write_text(LIMITS + "\n")
    reworded = ScriptedEngine(lambda prompt: LIMITS.replace("are left", "stay"))
    with pytest.raises(MalformedOutput, match="does not make the statement you asked for"):
        session_for(repo, reworded).propose_edit("notes.md", "say that it is a 30 minute talk")


def test_asked_to_add_outright_a_revision_that_loses_a_word_of_the_text_gives_way_to_the_users_words(repo):
    (repo / "notes.md").write_text("I am available to start in January and can work weekends.\n")
    swapped = ScriptedEngine(lambda prompt: "I am available to start in January and can work evenings.")
    proposal = session_for(repo, swapped).propose_edit("notes.md", "say that I can also work evenings")
    assert proposal.result() == "I am available to start in January and can work weekends. I can also work evenings.\n"
    assert [hunk.tentative for hunk in proposal.hunks] == [AS_GIVEN]
    added = ScriptedEngine(lambda prompt: "I am available to start in January and can work weekends and evenings.")
    assert "weekends and evenings" in session_for(repo, added).propose_edit("notes.md", "say that I can also work evenings").result()
    reworded = ScriptedEngine(lambda prompt: "I am available to start in January and can work all weekend, and evenings too.")
    assert "evenings too" in session_for(repo, reworded).propose_edit("notes.md", "say that I can also work evenings").result()


def test_asked_to_add_a_revision_that_loses_a_short_line_proposes_nothing(repo):
    (repo / "letter.txt").write_text("I can work weekends.\n\nYours sincerely,\nTom Reyes\n")
    replaced = ScriptedEngine(lambda prompt: "Dear Tom,\nI speak Spanish.")
    with pytest.raises(MalformedOutput, match="drops “Yours sincerely,”"):
        session_for(repo, replaced).propose_edit("letter.txt", "include that I speak Spanish",
                                                 selection="Yours sincerely,\nTom Reyes")


def test_asked_for_a_new_section_a_revision_without_a_heading_proposes_nothing(repo):
    engine = ScriptedEngine(lambda prompt: "Serve it warm. Add milk if you like.")
    with pytest.raises(MalformedOutput, match="adds no heading for the section"):
        session_for(repo, engine).propose_edit("essay.md", "add a milk section", selection="Serve it warm.")
    engine = ScriptedEngine(lambda prompt: "Serve it warm.\n\n## Milk\n\nAdd milk if you like.")
    proposal = session_for(repo, engine).propose_edit("essay.md", "add a milk section", selection="Serve it warm.")
    assert "## Milk" in proposal.result()
