package org.qinglian.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/format.md}, the exchange format reference, is generated from the table
 * declarations; this test fails when it is stale. Regenerate with
 * {@code mvn -B -pl governance-io -am test -Dtest=FormatDocTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dqinglian.updateDocs=true}.
 */
class FormatDocTest {

  @Test
  void theFormatReferenceIsCurrent() throws IOException {
    Path file = Path.of(System.getProperty("qinglian.root", "..")).resolve("docs/format.md");
    String expected = render();
    if (Boolean.getBoolean("qinglian.updateDocs")) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "",
        "docs/format.md is stale: regenerate it (see this test's Javadoc)");
  }

  static String render() {
    ReadLimits limits = ReadLimits.defaults();
    StringBuilder out = new StringBuilder();
    out.append("# Exchange format 1.0 (交换格式)\n\n")
        .append("Generated from the table declarations of `governance-io` by `FormatDocTest`; do not edit by hand.\n")
        .append("The JSON Schema of the document is [`exchange.schema.json`](exchange.schema.json).\n\n")
        .append("An exchange is one dataset: a header, optional declared totals and eight record lists. It travels\n")
        .append("in one of four encodings; `ExchangeFormat.detect` tells them apart by the path.\n\n")
        .append("| encoding | path | shape |\n| --- | --- | --- |\n")
        .append("| JSON | `*.json` | `{\"header\": {…}, \"declaredTotals\": {…}, \"units\": [ … ], \"tasks\": [ … ], …}`; "
            + "camelCase names, nested objects as below |\n")
        .append("| JSON Lines | `*.jsonl`, `*.ndjson` | one object a line with a `type` member: `header`, `declaredTotals`, "
            + "`unit`, `task`, `inspection`, `finding`, `action`, `assessmentScheme`, `assessment`, `indicator` "
            + "(and `extension` for an unknown document member: `{\"type\":\"extension\",\"name\":…,\"value\":…}`); "
            + "lines end in LF (CRLF read too); U+0085, U+2028 and U+2029 are written escaped, since some line "
            + "splitters break at them |\n")
        .append("| CSV folder | a folder | `dataset.csv` (header and totals, one row) and one file per record type |\n")
        .append("| CSV ZIP | `*.zip` | the same files in a ZIP, at its root or inside one folder |\n\n")
        .append("## Rules common to all encodings\n\n")
        .append("- Enumerations travel as their codes (`\"category\": \"SCHOOL\"`); readers also take the simplified or\n")
        .append("  traditional Chinese label and the aliases listed in [`code-lists.md`](code-lists.md). Unit\n")
        .append("  categories are an open list: an unregistered one is read and reported by the validator.\n")
        .append("- Dates are `YYYY-MM-DD`, `generatedAt` an ISO-8601 date-time with offset.\n")
        .append("- Money, scores and indicator values are decimal numbers without exponent (`12000.50`); JSON takes a\n")
        .append("  number or a string, and the digits are kept exactly.\n")
        .append("- Codes (division, credit, resident id) are kept exactly as written; the validator judges them.\n")
        .append("- Text holds characters: tab, line breaks and every character from U+0020 on, except DEL. A C0\n")
        .append("  control character or DEL (which JSON can only escape, `\\u0001`) and half of a surrogate pair\n")
        .append("  (`\\ud800` without its other half) are `FIELD_INVALID` where they stand (`CONTROL_CHARACTER`,\n")
        .append("  `UNPAIRED_SURROGATE`). JSON files are UTF-8 in its one valid form: bytes that are not (an\n")
        .append("  overlong form such as `C0 80`, a code point past U+10FFFF) are a `PARSE_ERROR` at their byte.\n")
        .append("  A record built in Java is held to the same: its free-text fields carry `@TextCharacters`, so\n")
        .append("  `DatasetValidator` reports such text as `FIELD_INVALID` (the character written as `\\u000B`), and\n")
        .append("  a platform's own Bean Validation refuses it too. The exported schema says it with `pattern`\n")
        .append("  (read as ECMA-262 with its `u` flag, where a surrogate pair is one character, as Ajv, Python's\n")
        .append("  `jsonschema` and networknt read it).\n")
        .append("- Unknown fields, columns and document members are reported as `UNKNOWN_FIELD`, kept exactly and\n")
        .append("  written back where they were: in the record's extension map, as JSON text (numbers as written,\n")
        .append("  never through a double), by their JSON pointer inside the record without the leading slash —\n")
        .append("  `note`, `producer/contact` (inside a known object), `followUps/0/remark` (inside an item of a list\n")
        .append("  of objects); a name's own `/` and `~` are written `~1` and `~0` (RFC 6901). `null` is kept for\n")
        .append("  unknown fields (for known fields it means absent).\n")
        .append("- Booleans are written when false too.\n")
        .append("- Every problem is located at the value: file, line and column (CSV: the field's number) or\n")
        .append("  line, column and JSON pointer (JSON: the column counts UTF-16 code units, as editors do).\n")
        .append("  A value the reader cannot take as its field (a code not in its list, a date that\n")
        .append("  is no date, text where a number belongs) is a `FIELD_INVALID`: the record's other values are\n")
        .append("  still read and its id still counts for references and totals. What breaks the syntax or a limit\n")
        .append("  is a `PARSE_ERROR`: the rest of that record, line or file may be unread.\n")
        .append("- JSON `null` means absent. Duplicate JSON keys are an error.\n\n")
        .append("## CSV packages\n\n")
        .append("- Headers are the snake_case English names below or the Chinese headers (中文表头); either works, in\n")
        .append("  any column order. Nested fields are flattened with their parent as prefix (`rectification_status`).\n")
        .append("- Lists are one cell with items joined by `|`; an item's own `|` and `\\` are written `\\|` and `\\\\`.\n")
        .append("  A list of objects (`followUps`, `grades`) is one list column per field, item by item.\n")
        .append("- Encoding: UTF-8 with or without BOM, or GB18030/GBK as Excel writes on Chinese Windows. Readers\n")
        .append("  detect it (a BOM means UTF-8; else the first MiB is tried as UTF-8, GB18030 otherwise) unless told;\n")
        .append("  undecodable bytes are an error, never replaced. Writers write UTF-8 with a BOM by default (so Excel\n")
        .append("  opens it right), or GB18030; lines end in CRLF.\n")
        .append("- Rows end in CRLF, LF or CR (RFC 4180); empty lines are skipped. A quoted cell may hold any of\n")
        .append("  them, and each counts as one line for the locations of issues (a row is located by the line it\n")
        .append("  starts on). A character after a closing quote, a row of more than ")
        .append(String.format(Locale.ROOT, "%,d", CsvRows.MAX_FIELDS)).append(" cells, or a cell\n")
        .append("  several times longer than `maxStringLength` (an unclosed quote, mostly) stops the file with a\n")
        .append("  `PARSE_ERROR`; a cell longer than `maxStringLength` within that is an issue of its row.\n")
        .append("- Unknown values: a column the format does not define is named by the value's pointer\n")
        .append("  (`remark`, `producer/contact`, `followUps/0/remark`; in `dataset.csv` `header/…` for the header,\n")
        .append("  `declaredTotals.…` for the totals, `$name` for a document member; a header column without prefix is\n")
        .append("  also read as the header's). Each cell holds one JSON value: an empty cell is no value; a cell that\n")
        .append("  is one JSON value (number, `true`, `false`, `null`, object, array, or a quoted string) is that value;\n")
        .append("  any other cell is a string. Writers write a string bare unless it would read as JSON or is empty\n")
        .append("  (`\"12\"`, `\"true\"`, `\"\"`), everything else as JSON text. At most 1,000 such columns per file\n")
        .append("  (`WriteOptions.maxCsvExtensionColumns`): past it the writer refuses, since every distinct unknown\n")
        .append("  key is a column of every row; JSON and JSON Lines carry any number.\n")
        .append("- A column without a name is read only when all its cells are empty (as spreadsheets leave them); a\n")
        .append("  value under no name is a `PARSE_ERROR`. A file that starts with a UTF-8 BOM but is to be read as\n")
        .append("  another encoding is a `PARSE_ERROR`.\n")
        .append("- Formula injection: a text cell starting with `=`, `+`, `-`, `@`, tab or CR is written with a leading\n")
        .append("  `'` (so is a cell of quotes followed by one of those); readers remove exactly one such `'`. The rule is\n")
        .append("  reversible, and numeric columns are never changed (`-12.5` stays a number).\n\n")
        .append("## Read limits (defaults)\n\n")
        .append("| limit | default |\n| --- | --- |\n")
        .append("| JSON nesting depth | ").append(limits.maxNestingDepth()).append(" |\n")
        .append("| string or cell length (characters) | ").append(limits.maxStringLength()).append(" |\n")
        .append("| number length (characters) | ").append(limits.maxNumberLength()).append(" |\n")
        .append("| JSON Lines line length (bytes) | ").append(limits.maxLineLength()).append(" |\n")
        .append("| records per file | ").append(limits.maxRecordsPerFile()).append(" |\n")
        .append("| ZIP entries | ").append(limits.maxZipEntries()).append(" |\n")
        .append("| ZIP expanded bytes | ").append(limits.maxZipBytes()).append(" |\n")
        .append("| ZIP expansion ratio per entry | ").append(limits.maxZipRatio()).append(" |\n\n")
        .append("Going past a limit is a located `PARSE_ERROR`; ZIP entries are read in place, never extracted, and\n")
        .append("entry names with `..`, a leading `/`, `\\` or more than one folder are refused. Entry names without\n")
        .append("the UTF-8 flag that are not UTF-8 are read as GB18030 (Chinese Windows writes GBK); sizes and CRC-32\n")
        .append("of every entry are checked.\n");
    for (Table table : Tables.all()) {
      String title = table.recordType().map(t -> t.jsonName() + " — " + t.simplifiedLabel()).orElse("header and declaredTotals — 数据集头与汇总");
      out.append("\n## ").append(title).append("\n\n")
          .append("CSV file `").append(table.csvFile()).append("`; JSON Lines type `")
          .append(table == Tables.DATASET ? "header` / `declaredTotals" : table.jsonLinesType()).append("`.\n\n")
          .append("| JSON path | CSV column | 中文表头 | type | required |\n| --- | --- | --- | --- | --- |\n");
      for (Column column : table.columns()) {
        String type = column.type().name().toLowerCase(Locale.ROOT).replace('_', '-')
            + column.codes().map(c -> " (" + c.getSimpleName() + ")").orElse("")
            + (column.list() ? column.objectList().map(l -> ", per item of " + l).orElse(" list") : "");
        out.append("| `").append(column.path()).append("` | `").append(column.csvName()).append("` | ")
            .append(column.chineseHeader()).append(" | ").append(type).append(" | ")
            .append(column.required() ? "yes" : "").append(" |\n");
      }
    }
    return out.toString();
  }
}
