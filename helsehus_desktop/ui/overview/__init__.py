"""The "Oversikt" tab: what needs attention today."""
