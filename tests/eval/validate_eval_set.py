"""Sanity-check the held-out evaluation set (format, minimum counts, splits).

Run: python tests/eval/validate_eval_set.py   (needs PyYAML)
It does not run the checker; it only checks that the set itself is well formed.
"""
import collections
import pathlib
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
REQUIRED = ['confidentiality', 'subcontracting', 'copying', 'security', 'incident',
            'return-deletion', 'termination-damages', 'reporting-audit']
DISPATCH = ['dispatch-secrecy', 'dispatch-personal-info']
ADVISORY = ['management-structure', 'data-minimization', 'annual-check']
STATUSES = {'present', 'weak', 'missing'}
STYLES = {'kouotsu', 'itaku', 'hatchu', 'ku', 'shitei', 'haken', 'swapped'}
KEYS = {'id', 'item', 'kind', 'split', 'style', 'text', 'expected', 'why'}


def main():
    errors = []
    table = {}
    for item in REQUIRED + DISPATCH + ADVISORY:
        path = HERE / 'cases' / f'{item}.yaml'
        cases = yaml.safe_load(path.read_text(encoding='utf-8'))
        cnt = collections.Counter()
        for c in cases:
            if set(c) != KEYS:
                errors.append(f'{c.get("id")}: keys {sorted(set(c) ^ KEYS)}')
            if c['item'] != item or c['expected'] not in STATUSES or c['style'] not in STYLES:
                errors.append(f'{c["id"]}: bad item/expected/style')
            n = int(c['id'].rsplit('-', 1)[1])
            if c['split'] != ('holdout' if n % 5 in (0, 3) else 'tune'):
                errors.append(f'{c["id"]}: split does not follow the n % 5 rule')
            if c['style'] == 'swapped' and '（以下「甲」という。）' not in c['text']:
                errors.append(f'{c["id"]}: swapped case without a definitions sentence')
            want_kind = 'dispatch' if item in DISPATCH else 'outsourcing'
            if c['kind'] != want_kind:
                errors.append(f'{c["id"]}: kind {c["kind"]}')
            cnt[c['expected'], c['split']] += 1
        table[item] = cnt
        total = sum(cnt.values())
        if item in ADVISORY:
            if total < 8:
                errors.append(f'{item}: only {total} cases')
        else:
            per = {s: cnt[s, 'tune'] + cnt[s, 'holdout'] for s in STATUSES}
            if total < 33 or per['present'] < 10 or per['weak'] < 11 or per['missing'] < 9:
                errors.append(f'{item}: counts too low {per}')
            if len({c['style'] for c in cases}) < 3:
                errors.append(f'{item}: fewer than 3 drafting styles')

    expected = yaml.safe_load((HERE / 'documents' / 'expected.yaml').read_text(encoding='utf-8'))
    docs = sorted(p.name for p in (HERE / 'documents').glob('*.txt'))
    if sorted(expected) != docs:
        errors.append(f'expected.yaml and documents differ: {set(docs) ^ set(expected)}')
    for name, e in expected.items():
        text = (HERE / 'documents' / name).read_text(encoding='utf-8')
        if not 3000 <= len(text) <= 15000:
            errors.append(f'{name}: {len(text)} characters')
        n = int(name[3:5])
        if e['split'] != ('holdout' if n % 5 in (0, 3) else 'tune'):
            errors.append(f'{name}: split does not follow the n % 5 rule')
        items = DISPATCH if e['kind'] == 'dispatch' else REQUIRED
        if sorted(e['items']) != sorted(items):
            errors.append(f'{name}: items {sorted(e["items"])}')
        for s in list(e['items'].values()) + list(e['advisories'].values()):
            if s not in STATUSES:
                errors.append(f'{name}: status {s}')

    for item, cnt in table.items():
        row = '  '.join(f'{s}={cnt[s, "tune"]}+{cnt[s, "holdout"]}' for s in ('present', 'weak', 'missing'))
        print(f'{item:24s} {sum(cnt.values()):3d}  {row}   (tune+holdout)')
    print(f'documents: {len(expected)}')
    if errors:
        print('\n'.join(errors))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
