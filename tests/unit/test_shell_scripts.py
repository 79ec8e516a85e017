"""A shell script is code in Bash: its settings and functions are names a revision must keep, its sections are
its functions and its blank-line-separated steps, a setting is set without the model, and its first line, which
says what runs it, is not the model's to change."""

from pathlib import Path

from companion.behaviors.edit import unusable
from companion.behaviors.exact_edits import made_without_the_model
from companion.behaviors.rename import renamed, renaming
from companion.behaviors.returns import returns_answer
from companion.code_names import declared_names
from companion.documents import Document, language_for, split_sections

BACKUP = """\
#!/usr/bin/env bash
# Copy the photos folder to the external drive, keeping one dated folder per day.
set -euo pipefail

SOURCE="$HOME/Pictures"
export DEST="/media/backup/photos"

today=$(date +%Y-%m-%d)
mkdir -p "$DEST/$today"
rsync -a --delete "$SOURCE/" "$DEST/$today/"

# Remove backups older than a week.
prune() {
  local cutoff=7
  find "$DEST" -mindepth 1 -maxdepth 1 -mtime +"$cutoff" -exec rm -rf {} +
}

prune
echo "Backed up $SOURCE to $DEST/$today"
"""


def document(text: str = BACKUP) -> Document:
    return Document.from_text(Path("backup.sh"), text)


def test_sh_and_bash_files_are_bash():
    assert language_for(Path("backup.sh")) == language_for(Path("deploy.bash")) == "bash"


def test_its_settings_and_functions_are_declared_and_a_function_s_locals_are_not():
    assert declared_names(BACKUP, "bash") == ["SOURCE", "DEST", "today", "prune"]


def test_its_sections_are_its_functions_and_the_steps_between_blank_lines():
    starts = [section.text.splitlines()[0] for section in split_sections(BACKUP, "bash")]
    assert starts == ["#!/usr/bin/env bash", 'SOURCE="$HOME/Pictures"', "today=$(date +%Y-%m-%d)",
                      "# Remove backups older than a week.", "prune"]
    assert "".join(section.text for section in split_sections(BACKUP, "bash")) == BACKUP


def test_a_revision_that_loses_a_setting_the_request_did_not_name_is_refused():
    # asked to change the destination, the model wrote the path over the name of the next setting
    broken = BACKUP.replace("today=$(date", "/mnt/nas/photos=$(date")
    reason = unusable(broken, BACKUP, "", "use a folder on the NAS", "backup.sh", targeted=True)
    assert reason is not None and "today" in reason


def test_a_revision_that_changes_the_interpreter_line_unasked_is_refused():
    posix = BACKUP.replace("#!/usr/bin/env bash", "#!/bin/sh")
    reason = unusable(posix, BACKUP, "", "keep only the last 7 days of backups", "backup.sh", targeted=False)
    assert reason is not None and "#!/usr/bin/env bash" in reason
    assert unusable(posix, BACKUP, "", "make it a POSIX sh script", "backup.sh", targeted=False) is None


def test_a_setting_named_by_a_longer_word_is_set_without_the_model():
    [replacement] = made_without_the_model(document(), "change the destination to /mnt/nas/photos", None, "backup.sh")
    assert replacement.new_text == BACKUP.replace('export DEST="/media/backup/photos"', 'export DEST="/mnt/nas/photos"')


def test_a_setting_spelled_out_in_full_is_preferred_to_one_that_only_begins_the_same():
    script = "TIME=5\nTIMEOUT=3\n"
    [replacement] = made_without_the_model(document(script), "set the timeout to 30", None, "backup.sh")
    assert replacement.new_text == "TIME=5\nTIMEOUT=30\n"


def test_a_rename_changes_the_variable_everywhere_it_is_expanded_and_no_word_that_only_spells_it():
    script = 'today=$(date +%F)\necho "today is $today, ${today}"\n'
    asked = renaming("rename today to stamp", script, "bash")
    assert renamed(script, asked, "bash") == 'stamp=$(date +%F)\necho "today is $stamp, ${stamp}"\n'


def test_a_rename_of_a_function_changes_where_it_is_run():
    asked = renaming("rename prune to remove_old", BACKUP, "bash")
    result = renamed(BACKUP, asked, "bash")
    assert "remove_old() {" in result and "\nremove_old\n" in result and "prune" not in result


def test_what_a_shell_function_returns_is_not_read_as_its_body():
    # a shell function returns its last command's status; "returns `{ find … }`" would mislead
    assert returns_answer("what does prune return?", document()) is None
