package org.qinglian.model.identifier;

import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid identifiers, built on the model's own check-character
 * functions so that QuickTheories can shrink a failing case to a small one.
 */
public final class IdentifierGen {

  /** County-level codes of the places the published reports name (national statistics release 2022-10-31). */
  public static final List<String> SEED_COUNTIES =
      List.of(
          "420102", "420103", "420104", "420115", "420116", "420117", "420607", "610402", "610423",
          "610430", "330106", "330703", "330822", "331102", "331124");

  private IdentifierGen() {}

  /** Six-digit county codes of the places the published reports name. */
  public static Gen<String> seedCounties() {
    return Generate.pick(SEED_COUNTIES);
  }

  /**
   * Twelve-digit village (or, one time in ten, township) codes under a seed county:
   * township segment 001–399 (街道, 镇, 乡), village segment 001–999.
   */
  public static Gen<DivisionCode> twelveDigitDivisions() {
    Gen<Integer> village = Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(0)),
        org.quicktheories.api.Pair.of(9, Generate.range(1, 999)));
    return seedCounties()
        .zip(Generate.range(1, 399), village,
            (county, township, v) -> DivisionCode.of(county + String.format("%03d%03d", township, v)));
  }

  /** Valid credit codes: a known registration prefix, a seed division, a random organisation body. */
  public static Gen<CreditCode> creditCodes() {
    List<String> prefixes =
        Arrays.stream(EntityCategory.values()).map(EntityCategory::prefix).collect(Collectors.toList());
    Gen<String> body =
        lists().of(Generate.range(0, CreditCode.ALPHABET.length() - 1)).ofSize(8)
            .map(indexes -> indexes.stream()
                .map(i -> String.valueOf(CreditCode.ALPHABET.charAt(i)))
                .collect(Collectors.joining()));
    return Generate.pick(prefixes).zip(seedCounties(), body, CreditCode::compose);
  }

  /** Valid resident ids: a seed county, a birth date in 1940–2005, any sequence number. */
  public static Gen<ResidentId> residentIds() {
    long from = LocalDate.of(1940, 1, 1).toEpochDay();
    long to = LocalDate.of(2005, 12, 31).toEpochDay();
    return seedCounties()
        .zip(Generate.longRange(from, to), Generate.range(0, 999),
            (county, day, sequence) -> {
              String first17 =
                  county + LocalDate.ofEpochDay(day).toString().replace("-", "") + String.format("%03d", sequence);
              return ResidentId.of(first17 + ResidentId.checkCharacter(first17));
            });
  }
}
