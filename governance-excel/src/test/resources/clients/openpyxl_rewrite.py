"""Rewrites a workbook the way people and other tools make them, with openpyxl (a client we
did not write): dates as bare serial numbers, numbers stored as text, a blank row between
records, blank rows above a header, a hidden sheet, an extra sheet. Usage: IN OUT."""
import datetime
import sys

import openpyxl

source, target = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(source)
epoch = datetime.datetime(1899, 12, 30)
for ws in wb.worksheets:
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, datetime.datetime):
                cell.value = (cell.value - epoch).days  # a serial number without a date format
                cell.number_format = "General"
            elif isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                places = cell.number_format.split(".")[1].count("0") if "." in cell.number_format else 0
                cell.value = f"{cell.value:.{places}f}"  # a number stored as text
                cell.number_format = "@"
units = wb[wb.sheetnames[1]]
units.insert_rows(3)  # a blank row between records
tasks = wb[wb.sheetnames[2]]
tasks.insert_rows(1, amount=2)  # blank rows above the header
wb[wb.sheetnames[3]].sheet_state = "hidden"
wb.create_sheet("说明").append(["本工作簿由 openpyxl 改写"])
wb.save(target)
