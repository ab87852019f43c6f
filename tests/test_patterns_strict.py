"""Pattern files are validated strictly: each mistake is one Japanese error naming the file and
the key, raised when the patterns load (before any contract is read)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from contractcheck.errors import PatternError
from contractcheck.patterns import load_file, load_patterns

ROOT = Path(__file__).resolve().parent.parent
GOOD = (ROOT / "clause_patterns" / "security.yaml").read_text(encoding="utf-8")


def write(tmp_path, text, name="security.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def broken(mutate):
    data = yaml.safe_load(GOOD)
    mutate(data)
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize("mutate,where", [
    (lambda d: d.update(colour="red"), "トップレベル"),
    (lambda d: d["facets"]["measures"]["rules"][0].update(acept=["duty"]), "rules[0]"),
    (lambda d: d.update(kinds="outsourcing") or d.update(kinds=[1]), "kinds"),
    (lambda d: d["facets"]["measures"]["rules"][0].update(bearer="nobody"), "bearer"),
    (lambda d: d["facets"]["measures"]["rules"][0].update(accept=["maybe"]), "accept"),
    (lambda d: d["facets"]["measures"]["rules"][0].update(match=[[{"LEMMA": {"IN": "x"}}]]), "match[0]"),
    (lambda d: d["facets"]["measures"]["rules"][0].update(match=[[{"POS": "NOUN"}]]), "match[0]"),
    (lambda d: d["facets"]["measures"]["rules"][0].update(match=[[{"LEMMA": "措置"}]], context_any=[]), "match[0]"),
    (lambda d: d.update(require=["nope"]), "require"),
    (lambda d: d.update(addressed_by=["nope"]), "addressed_by"),
    (lambda d: d.update(addressed_by=[]), "addressed_by"),
    (lambda d: d.update(examples=[{"text": "x", "expect": "present", "note": "n"}]), "examples"),
    (lambda d: d["examples"].append({"text": "x", "expect": "great", "note": "n"}), "expect"),
    (lambda d: d.update(id="other"), "id"),
])
def test_each_mistake_names_file_and_key(tmp_path, mutate, where):
    p = write(tmp_path, broken(mutate))
    with pytest.raises(PatternError) as exc:
        load_file(p)
    msg = exc.value.one_line()
    assert "security.yaml" in msg and where in msg


def test_duplicate_keys_and_bad_yaml(tmp_path):
    with pytest.raises(PatternError, match="同じキー"):
        load_file(write(tmp_path, GOOD + "\nid: security\n"))
    with pytest.raises(PatternError, match="YAML"):
        load_file(write(tmp_path, "id: [unclosed\n"))


def test_extra_pattern_dir_is_validated_too(tmp_path):
    write(tmp_path, broken(lambda d: d.update(colour="red")), "mine.yaml")
    with pytest.raises(PatternError):
        load_patterns([tmp_path])


def test_cli_reports_a_bad_pattern_file_with_exit_2(tmp_path, capsys):
    from contractcheck.cli import run

    pats = tmp_path / "pats"
    pats.mkdir()
    write(pats, broken(lambda d: d.update(colour="red")), "security.yaml")
    (tmp_path / "contractcheck.toml").write_text(f'pattern-dirs = ["{pats.as_posix()}"]\n', encoding="utf-8")
    doc = tmp_path / "c.txt"
    doc.write_text("業務委託契約書\n第1条　乙は、秘密を漏らしてはならない。\n", encoding="utf-8")
    assert run(["check", str(doc)]) == 2
    err = capsys.readouterr().err
    assert "security.yaml" in err and len(err.strip().splitlines()) == 1
