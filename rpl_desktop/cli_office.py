"""Headless commands for offline case files, external assessors and the office database."""

from __future__ import annotations

from typing import Any


def add_commands(commands: Any, handlers: dict[str, Any]) -> None:
    """Register this group's sub-commands on ``commands`` and their handlers in ``handlers``."""
