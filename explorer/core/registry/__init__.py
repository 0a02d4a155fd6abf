"""Firm registries brought into a catalogue: Excel and CSV lists of firms with Chinese
headers, Chinese datums and credit codes (issue 18).

read.py reads a table (every cell as text), mapping.py recognises its columns, plan.py turns
it into one edit of the catalogue and a report, export.py writes the firm table back out.
"""
