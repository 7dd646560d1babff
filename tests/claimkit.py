"""Helpers for the attribution and claims tests: a tiny stand-in for resolve.Resolver."""
from __future__ import annotations


class FakeResolver:
    """A tiny alias table with the Resolver's claimant() contract: exact alias, else the longest alias inside."""

    ALIASES = {
        "joint operations command": "Iraqi Joint Operations Command",
        "unhcr": "UNHCR", "un refugee agency": "UNHCR",
        "sudan doctors union": "Sudan Doctors Union",
        "syrian observatory for human rights": "SOHR",
        "reuters": "Reuters", "cnn": "CNN", "associated press": "AP",
        "state media": "SANA", "monitoring group": "SOHR",
        "mali military": "Malian Armed Forces", "foreign ministry": "Peruvian Foreign Ministry",
    }

    def claimant(self, mention, country=None):
        text = " ".join(mention.lower().replace("'s", "").split())
        hits = [alias for alias in self.ALIASES if alias in text]
        return self.ALIASES[max(hits, key=len)] if hits else None
