"""Every command has help, and errors come out as one clean line (sqlite-utils' habit)."""
import pytest
from typer.testing import CliRunner

from frontwatch.cli import app

runner = CliRunner()
COMMANDS = ["run", "eval", "report", "serve", "settings"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_settings_lists_every_setting():
    from frontwatch.settings import Settings

    result = runner.invoke(app, ["settings"])
    assert result.exit_code == 0
    for name, _default, _help in Settings.help_table():
        assert name in result.output


def test_bad_published_date_is_one_clean_line(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "o"), "--published", "28/11/2016"])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "--published" in result.output
