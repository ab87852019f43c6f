"""Configuration discovery and strict loading; ``contractcheck config show``."""

from __future__ import annotations

import json

import pytest

from contractcheck.config import Config, find_config_file, load_config
from contractcheck.errors import ConfigError
from contractcheck.model import DocumentResult, ItemResult
from test_scan_support import cli_run, fake_engine_env  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def _discovery_on(monkeypatch):
    monkeypatch.delenv("CONTRACTCHECK_NO_CONFIG", raising=False)


def _tree(tmp_path):
    (tmp_path / "store" / "2024" / "特記事項").mkdir(parents=True)
    return tmp_path / "store"


def test_pyproject_found_by_walking_up(tmp_path):
    store = _tree(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.contractcheck]\n'
        'disable = ["annual-check"]\nfail-on = "missing"\nadvisories-fail = true\n'
        '[tool.contractcheck.kinds]\n"*/特記事項/*" = "special-provisions"\n"*派遣*" = "dispatch"\n',
        encoding="utf-8")
    doc = store / "2024" / "特記事項" / "a.docx"
    cfg = load_config([str(doc)])
    assert cfg.source == tmp_path / "pyproject.toml"
    assert cfg.disable == ("annual-check",) and cfg.fail_on == "missing" and cfg.advisories_fail
    assert cfg.kind_for(str(doc)) == "special-provisions"
    assert cfg.kind_for(str(store / "2024" / "労働者派遣契約.pdf")) == "dispatch"
    assert cfg.kind_for(str(store / "2024" / "委託.docx")) is None


def test_nearest_wins_and_contractcheck_toml_beats_pyproject(tmp_path):
    store = _tree(tmp_path)
    (tmp_path / "contractcheck.toml").write_text('fail-on = "missing"\n', encoding="utf-8")
    (store / "pyproject.toml").write_text('[tool.contractcheck]\nfail-on = "weak"\n',
                                          encoding="utf-8")
    assert load_config([str(store / "2024")]).source == store / "pyproject.toml"
    (store / "contractcheck.toml").write_text('[tool.contractcheck]\nenable = ["incident"]\n',
                                              encoding="utf-8")
    cfg = load_config([str(store / "2024")])
    assert cfg.source == store / "contractcheck.toml" and cfg.enable == ("incident",)


def test_pyproject_without_table_is_passed_over(tmp_path):
    store = _tree(tmp_path)
    (store / "pyproject.toml").write_text('[project]\nname = "other"\n', encoding="utf-8")
    (tmp_path / "contractcheck.toml").write_text("timeout = 10\n", encoding="utf-8")
    assert find_config_file(store) == tmp_path / "contractcheck.toml"
    assert load_config([str(store)]).timeout == 10


def test_no_config_gives_defaults(tmp_path):
    assert load_config([str(tmp_path)]).source is None
    assert load_config([str(tmp_path)]).timeout == 300


def test_explicit_config(tmp_path):
    f = tmp_path / "ci.toml"
    f.write_text('exclude = ["old/*"]\ninclude = ["*.docx"]\n', encoding="utf-8")
    cfg = load_config([], str(f))
    assert cfg.exclude == ("old/*",) and cfg.include == ("*.docx",)
    with pytest.raises(ConfigError, match="見つかりません"):
        load_config([], str(tmp_path / "none.toml"))


@pytest.mark.parametrize("body, needle", [
    ("unknown-key = 1\n", "不明な設定キー「unknown-key」"),
    ('fail-on = "all"\n', "fail-on"),
    ('enable = "confidentiality"\n', "enable"),
    ("[kinds]\n'*.pdf' = 'contract'\n", "kinds"),
    ("max-file-mb = true\n", "max-file-mb"),
    ("timeout = -1\n", "timeout"),
    ("this is not toml\n", "TOML"),
])
def test_strict_loading_names_file_and_key(tmp_path, body, needle):
    f = tmp_path / "contractcheck.toml"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config([str(tmp_path)])
    assert needle in exc.value.one_line() and "contractcheck.toml" in exc.value.one_line()


def test_pattern_dirs_relative_to_config(tmp_path):
    (tmp_path / "区独自").mkdir()
    f = tmp_path / "contractcheck.toml"
    f.write_text('pattern-dirs = ["区独自"]\n', encoding="utf-8")
    cfg = load_config([str(tmp_path)])
    assert cfg.pattern_dirs == ((tmp_path / "区独自").resolve(),)
    f.write_text('pattern-dirs = ["ない"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="pattern-dirs"):
        load_config([str(tmp_path)])


def test_snake_case_keys_accepted(tmp_path):
    (tmp_path / "contractcheck.toml").write_text("advisories_fail = true\nmax_file_mb = 10\n",
                                                 encoding="utf-8")
    cfg = load_config([str(tmp_path)])
    assert cfg.advisories_fail and cfg.max_file_mb == 10


def test_item_filter_and_unknown_ids():
    cfg = Config(disable=("incident",))
    doc = DocumentResult(path="a", items=(
        ItemResult("confidentiality", "b", "t", "present"),
        ItemResult("incident", "b", "t", "missing")))
    assert [i.id for i in cfg.apply(doc).items] == ["confidentiality"]
    assert cfg.apply(cfg.apply(doc)) == cfg.apply(doc)
    assert Config(enable=("incident",)).apply(doc).items[0].id == "incident"
    with pytest.raises(ConfigError, match="incidnet"):
        Config(disable=("incidnet",)).check_item_ids({"incident": 1})


def test_cache_token_changes_with_item_selection():
    assert Config().cache_token() != Config(disable=("incident",)).cache_token()


def test_config_show(tmp_path, cli_run, capsys):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.contractcheck]\ndisable = ["annual-check"]\n', encoding="utf-8")
    code = cli_run(["config", "show", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert f"# 設定ファイル: {tmp_path / 'pyproject.toml'}" in out
    assert 'disable = ["annual-check"]' in out and 'fail-on = "weak"' in out
    code = cli_run(["config", "show", "--format", "json", str(tmp_path)])
    data = json.loads(capsys.readouterr().out)
    assert data["disable"] == ["annual-check"] and data["timeout"] == 300


def test_config_show_reports_bad_config(tmp_path, cli_run, capsys):
    (tmp_path / "contractcheck.toml").write_text("oops = 1\n", encoding="utf-8")
    assert cli_run(["config", "show", str(tmp_path)]) == 2
    assert "不明な設定キー「oops」" in capsys.readouterr().err
