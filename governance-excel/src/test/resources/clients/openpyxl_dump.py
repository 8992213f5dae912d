"""Prints every cell of a workbook as openpyxl (a reader we did not write) sees it, as JSON:
{sheet: [[text, ...], ...]}; dates as YYYY-MM-DD, numbers with the decimal places their
format shows, booleans as true/false, empty cells as "". Usage: IN."""
import datetime
import json
import sys

import openpyxl


def text(cell):
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time(0) else value.isoformat()
    if isinstance(value, (int, float)):
        fmt = cell.number_format
        places = fmt.split(".")[1].count("0") if "." in fmt else 0
        return f"{value:.{places}f}"
    return str(value)


wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = [[text(c) for c in row] for row in ws.iter_rows()]
    while rows and all(v == "" for v in rows[-1]):
        rows.pop()
    out[ws.title] = [r[: max([i + 1 for i, v in enumerate(r) if v != ""] or [0])] for r in rows]
print(json.dumps(out, ensure_ascii=False))
