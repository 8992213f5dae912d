"""Fills a template as a person copying rows in would: every sheet's rows of SOURCE copied
under the template's headers by header name, one task's status typed wrong (完成了).
Usage: TEMPLATE SOURCE OUT."""
import sys

import openpyxl

template = openpyxl.load_workbook(sys.argv[1])
source = openpyxl.load_workbook(sys.argv[2])
for ws in source.worksheets:
    target = template[ws.title]
    columns = {c.value: c.column for c in target[1]}
    headers = [c.value for c in ws[1]]
    for r, row in enumerate(ws.iter_rows(min_row=2), start=2):
        for header, cell in zip(headers, row):
            if cell.value is not None:
                target.cell(row=r, column=columns[header], value=cell.value).number_format = cell.number_format
tasks = template["重点任务"]
status = [c.column for c in tasks[1] if c.value == "状态"][0]
tasks.cell(row=2, column=status, value="完成了")
template.save(sys.argv[3])
