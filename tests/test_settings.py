import pytest

from frontwatch.errors import SettingError
from frontwatch.settings import Settings, load_settings


def test_every_setting_has_help():
    for name, _default, help_text in Settings.help_table():
        assert help_text.strip(), name


@pytest.mark.parametrize("name,value,expected", [("workers", "3", 3), ("reprint_threshold", "0.5", 0.5)])
def test_overrides_are_coerced(name, value, expected):
    assert getattr(load_settings(**{name: value}), name) == expected


def test_unknown_setting_names_the_choices():
    with pytest.raises(SettingError) as exc:
        Settings().with_overrides(wokers=2)
    assert "workers" in exc.value.hint


def test_env_variable_overrides_default(monkeypatch):
    monkeypatch.setenv("FRONTWATCH_BATCH_SIZE", "7")
    assert load_settings().batch_size == 7


def test_a_bad_value_in_a_settings_file_names_the_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('workers = "many"\n')
    with pytest.raises(SettingError) as exc:
        load_settings(path)
    assert str(path) in exc.value.message and "workers" in exc.value.message


@pytest.mark.parametrize("word,expected", [("false", False), ("No", False), ("0", False), ("true", True), ("yes", True)])
def test_a_yes_no_setting_reads_the_word(monkeypatch, word, expected):
    monkeypatch.setenv("FRONTWATCH_RULE_LOOKUPS", word)
    assert load_settings().rule_lookups is expected


def test_a_yes_no_setting_refuses_other_words():
    with pytest.raises(SettingError, match="true or false"):
        Settings().with_overrides(rule_lookups="sometimes")


@pytest.mark.parametrize("name,value", [("reprint_threshold", 5), ("reprint_threshold", float("nan")),
                                        ("batch_size", 0), ("min_article_chars", -5), ("numeric_dispute_gap", -1),
                                        ("workers", -2), ("page_size", 0)])
def test_a_value_out_of_its_settings_range_is_refused_up_front(tmp_path, name, value):
    """reprint_threshold = 5 was an internal error from MinHash halfway through a run; batch_size = 0 passed."""
    path = tmp_path / "mine.toml"
    path.write_text(f"{name} = {value!r}\n")
    with pytest.raises(SettingError) as exc:
        load_settings(path)
    assert str(path) in exc.value.message and f"`{name}`" in exc.value.message and "must be" in exc.value.message


@pytest.mark.parametrize("name,value", [("reprint_threshold", 0.0), ("reprint_threshold", 1.0), ("workers", 0),
                                        ("min_article_chars", 0)])
def test_the_ends_of_a_settings_range_are_accepted(name, value):
    assert getattr(Settings().with_overrides(**{name: value}), name) == value


def test_a_bad_environment_variable_is_named(monkeypatch):
    monkeypatch.setenv("FRONTWATCH_BATCH_SIZE", "abc")
    with pytest.raises(SettingError) as exc:
        load_settings()
    assert "FRONTWATCH_BATCH_SIZE" in exc.value.message and "FRONTWATCH_BATCH_SIZE" in exc.value.hint


def test_a_missing_settings_file_asks_for_the_path_not_the_syntax(tmp_path):
    with pytest.raises(SettingError) as exc:
        load_settings(tmp_path / "nowhere.toml")
    assert "nowhere.toml" in exc.value.message and "path" in exc.value.hint and "syntax" not in exc.value.hint


def test_the_settings_listing_gives_each_numbers_range_and_how_to_set_it():
    from typer.testing import CliRunner

    from frontwatch.cli import app

    table = {name: help_text for name, _default, help_text in Settings.help_table()}
    assert table["reprint_threshold"].endswith("Allowed: from 0.0 to 1.0.")
    assert table["batch_size"].endswith("Allowed: 1 or more.") and "Allowed" not in table["spacy_model"]
    output = CliRunner().invoke(app, ["settings"]).output
    assert "--settings" in output and "FRONTWATCH_<NAME>" in output
