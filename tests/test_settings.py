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
