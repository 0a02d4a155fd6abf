"""Hengyang Park Explorer: a desktop map of Hengyang's industrial parks and chains."""

__version__ = "0.1.0"
