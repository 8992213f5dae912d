"""Breaks a workbook as a person might, with openpyxl: a blank unit name, an unknown status,
an unknown division code. Usage: IN OUT."""
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
units = wb[wb.sheetnames[1]]
units["B3"] = " "
units["E4"] = "999999"
tasks = wb[wb.sheetnames[2]]
status = [c.column_letter for c in tasks[1] if c.value in ("状态", "status")][0]
tasks[status + "2"] = "完成了"
wb.save(sys.argv[2])
