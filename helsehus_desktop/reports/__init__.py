"""Printable documents, drawn with reportlab: the organisation chart, pathway plans, forms, minutes.

Reports read plain data handed to them by the store (or built in tests) and import neither Qt nor
SQLAlchemy. `fonts` holds what every report shares: the embedded DejaVu fonts, PDF metadata, the
document template (deterministic output, Norwegian language tag) and the page header and footer
with "Side X av Y".
"""
