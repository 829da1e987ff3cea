"""Helsehus Desktop: organisation chart, palliative pathways and resource-group meetings."""

__version__ = "0.1.0"
APP_NAME = "Helsehus Desktop"
ORG_NAME = "Helsehus"
