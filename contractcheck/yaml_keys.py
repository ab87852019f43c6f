"""Duplicate mapping keys, which PyYAML silently resolves to the last value. Pattern files and
template data files both treat a duplicated key as an error; this is the one place that finds
them."""

from __future__ import annotations

import yaml


def duplicate_keys(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> list:
    """The key nodes of ``node`` whose key was already seen earlier in the same mapping."""
    seen, dups = set(), []
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            dups.append((key, key_node))
        seen.add(key)
    return dups
