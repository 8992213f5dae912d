package org.qinglian.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeSchema;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.samples.DatasetGenerator;
import org.qinglian.samples.Plan;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.Issue;

/**
 * For single-field changes of a valid document — every member of the first record of each
 * type, the header and the totals, each made blank, empty, 5,000 characters long, out of
 * range, negative, three-decimal, absent or null, or holding a control character, half a surrogate pair
 * or a character beyond the basic plane — the exported JSON Schema (judged by an
 * independent implementation, networknt) and the reader with the validator's field rules
 * agree on whether the document is acceptable.
 */
class SchemaAgreementTest {

  /** The validator's verdicts about one field's value (cross-record rules are not the schema's). */
  static final Set<String> FIELD_CODES = Set.of("PARSE_ERROR", "FIELD_INVALID", "FIELD_REQUIRED",
      "DIVISION_CODE_INVALID", "CREDIT_CODE_INVALID", "RESIDENT_ID_INVALID", "SCHEMA_VERSION_UNSUPPORTED");

  /**
   * Where the two differ by design. Decimal places are not tried: JSON Schema can say them only
   * with {@code multipleOf}, which common implementations compute in binary floating point
   * (Python jsonschema 4.26 refuses 0.07 as a multiple of 0.01), so the schema leaves the scale
   * to the validator. Unit categories are an open catalogue a platform extends
   * (the schema lists examples; the validator knows the registered ones).
   */
  static final Set<String> BY_DESIGN = Set.of("category");

  static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ExchangeSchema.json(), InputFormat.JSON);
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** One single-field change of the valid document: where, what, the document, and the validator's verdict. */
  record Change(String pointer, String what, String json, List<Issue> issues) {
    String validator() {
      return issues.isEmpty() ? "takes" : "refuses " + issues.get(0).code() + " " + issues.get(0).message();
    }
  }

  /** Every change tried, each judged by the reader with the validator's field rules. */
  private List<Change> changes() throws IOException {
    Path original = dir.resolve("valid.json");
    ExchangeWriter.write(DatasetGenerator.of(Plan.ofSize(80), 23).toDataset(), original, ExchangeFormat.JSON,
        WriteOptions.defaults());
    ObjectNode document = (ObjectNode) JSON.readTree(original.toFile());
    DatasetValidator validator = DatasetValidator.builder().build();
    assertTrue(fieldIssues(original, validator).isEmpty(), "the valid document passes the validator's field rules");

    List<Change> changes = new ArrayList<>();
    changes.add(new Change("", "none", document.toString(), List.of()));
    List<String> places = new ArrayList<>();
    places.add("/header");
    places.add("/declaredTotals");
    document.fieldNames().forEachRemaining(name -> {
      if (document.get(name).isArray() && document.get(name).size() > 0) {
        places.add("/" + name + "/0");
      }
    });
    for (String place : places) {
      for (String pointer : members(document.at(place), place)) {
        if (BY_DESIGN.contains(pointer.substring(pointer.lastIndexOf('/') + 1))) {
          continue;
        }
        for (Map.Entry<String, JsonNode> change : changes(document.at(pointer)).entrySet()) {
          ObjectNode changed = document.deepCopy();
          set(changed, pointer, change.getValue());
          // ASCII with escapes: a half surrogate pair can only be written as one
          String json = JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
              .writeValueAsString(changed);
          Path file = dir.resolve("changed.json");
          Files.writeString(file, json);
          changes.add(new Change(pointer, change.getKey(), json, fieldIssues(file, validator)));
        }
      }
    }
    assertTrue(changes.size() > 300, "changes tried: " + changes.size());
    return changes;
  }

  @Test
  void schemaAndValidatorAgreeOnEverySingleFieldChange() throws IOException {
    List<String> disagreements = new ArrayList<>();
    for (Change change : changes()) {
      boolean schemaTakes = SCHEMA.validate(change.json(), InputFormat.JSON).isEmpty();
      if (schemaTakes != change.issues().isEmpty()) {
        disagreements.add(change.pointer() + " " + change.what() + ": schema " + (schemaTakes ? "takes" : "refuses")
            + ", validator " + change.validator());
      }
    }
    assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements:\n" + String.join("\n", disagreements));
  }

  /**
   * The same changes judged by a second implementation of JSON Schema 2020-12, in another language
   * and with another regular expression engine: Python's {@code jsonschema} (Debian's
   * python3-jsonschema), which reads {@code \\s} as Unicode white space where networknt reads six
   * ASCII characters.
   */
  @Test
  void pythonsJsonSchemaAgreesToo() throws Exception {
    org.qinglian.model.fixtures.Python.assumePresent("jsonschema", "THE PYTHON JSON SCHEMA CHECK DID NOT RUN:"
        + " it needs python3 with jsonschema (Debian: python3-jsonschema), as .ci/run installs it");
    List<Change> changes = changes();
    Path schema = dir.resolve("exchange.schema.json");
    Files.writeString(schema, ExchangeSchema.json());
    List<String> arguments = new ArrayList<>(List.of(schema.toString()));
    for (int i = 0; i < changes.size(); i++) {
      Path file = dir.resolve("change-" + i + ".json");
      Files.writeString(file, changes.get(i).json());
      arguments.add(file.toString());
    }
    String said = org.qinglian.model.fixtures.Python.run(String.join("\n",
        "import json, sys",
        "from jsonschema import Draft202012Validator",
        "validator = Draft202012Validator(json.load(open(sys.argv[1], encoding='utf-8')))",
        "for path in sys.argv[2:]:",
        "    print('takes' if validator.is_valid(json.load(open(path, encoding='utf-8'))) else 'refuses')"), arguments);
    List<String> verdicts = said.lines().toList();
    assertTrue(verdicts.size() == changes.size(), said);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < changes.size(); i++) {
      Change change = changes.get(i);
      if (verdicts.get(i).equals("takes") != change.issues().isEmpty()) {
        disagreements.add(change.pointer() + " " + change.what() + ": Python's jsonschema " + verdicts.get(i)
            + ", validator " + change.validator());
      }
    }
    assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " disagreements:\n" + String.join("\n", disagreements));
  }

  private static List<Issue> fieldIssues(Path file, DatasetValidator validator) throws IOException {
    return ExchangeReader.validate(file, ReadOptions.defaults(), validator).issues().stream()
        .filter(i -> FIELD_CODES.contains(i.code())).toList();
  }

  /** The pointers of every member under {@code node}, objects and the first item of lists of objects included. */
  private static List<String> members(JsonNode node, String at) {
    List<String> pointers = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String pointer = at + "/" + field.getKey();
      pointers.add(pointer);
      JsonNode value = field.getValue();
      if (value.isObject()) {
        pointers.addAll(members(value, pointer));
      } else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
        pointers.addAll(members(value.get(0), pointer + "/0"));
      }
    }
    return pointers;
  }

  /** The changes tried for a value of this JSON type; {@code null} as a value means "remove the member". */
  private static Map<String, JsonNode> changes(JsonNode value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Map<String, JsonNode> changes = new java.util.LinkedHashMap<>();
    changes.put("absent", null);
    changes.put("null", f.nullNode());
    if (value.isTextual()) {
      changes.put("empty", f.textNode(""));
      changes.put("blank", f.textNode("  "));
      changes.put("5,000 characters", f.textNode("名".repeat(5_000)));
      changes.put("a vertical tab", f.textNode("名\u000B称"));
      changes.put("half a surrogate pair", f.textNode("名\uD800"));
      changes.put("a character beyond the basic plane", f.textNode("\uD840\uDC00"));
      changes.put("an ideographic space", f.textNode("\u3000"));
    } else if (value.isIntegralNumber()) {
      changes.put("-1", f.numberNode(-1));
      changes.put("150", f.numberNode(150));
      changes.put("1800", f.numberNode(1800));
      changes.put("2200", f.numberNode(2200));
    } else if (value.isNumber()) {
      changes.put("-1.5", f.numberNode(new BigDecimal("-1.5")));
      changes.put("150", f.numberNode(new BigDecimal("150")));
      changes.put("10^16", f.numberNode(new BigDecimal("10000000000000000")));
    } else if (value.isArray()) {
      changes.put("[]", f.arrayNode());
    } else if (value.isObject()) {
      changes.put("{}", f.objectNode());
    }
    return changes;
  }

  private static void set(ObjectNode document, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, slash));
    String name = pointer.substring(slash + 1);
    Consumer<ObjectNode> apply = object -> {
      if (value == null) {
        object.remove(name);
      } else {
        object.set(name, value);
      }
    };
    if (parent instanceof ObjectNode object) {
      apply.accept(object);
    } else if (parent instanceof ArrayNode) {
      throw new IllegalArgumentException("not a member: " + pointer);
    }
  }
}
