package org.qinglian.model.unit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qinglian.model.codelist.Coded;
import org.qinglian.model.codelist.Labels;

/**
 * 清廉单元类别 — the category of a clean unit (清廉机关, 清廉国企, 清廉村居 …).
 *
 * <p>An open code list, not an enumeration: provinces differ (Zhejiang builds eight kinds
 * of unit, Xianyang six, Qujing nine including 清廉工程 and 清廉家风), so the SDK ships the
 * {@linkplain UnitCategoryCatalogue#standard() standard catalogue} and an embedding system
 * registers its own codes. A record may carry a category the catalogue does not list
 * ({@link #unlisted(String)}); the validator reports it.
 *
 * <p>Two categories are equal when their codes are equal; labels are presentation.
 */
public final class UnitCategory implements Coded {

  /** 机关 — party and state organs. */
  public static final UnitCategory ORGAN = standard("ORGAN", "机关", "機關");
  /** 企业 — enterprises; parent of {@link #STATE_ENTERPRISE} and {@link #PRIVATE_ENTERPRISE}. */
  public static final UnitCategory ENTERPRISE = standard("ENTERPRISE", "企业", "企業");
  /** 国企 — state-owned enterprises. */
  public static final UnitCategory STATE_ENTERPRISE =
      new UnitCategory("STATE_ENTERPRISE", "国企", "國企", Optional.of("ENTERPRISE"), List.of("清廉国企", "清廉國企", "国有企业"));
  /** 民企 — private enterprises. */
  public static final UnitCategory PRIVATE_ENTERPRISE =
      new UnitCategory("PRIVATE_ENTERPRISE", "民企", "民企", Optional.of("ENTERPRISE"), List.of("清廉民企", "民营企业", "民營企業"));
  /** 村居 — villages and residents' communities (村、社区). */
  public static final UnitCategory VILLAGE_COMMUNITY = standard("VILLAGE_COMMUNITY", "村居", "村居");
  /** 学校 — schools. */
  public static final UnitCategory SCHOOL = standard("SCHOOL", "学校", "學校");
  /** 医院 — hospitals. */
  public static final UnitCategory HOSPITAL = standard("HOSPITAL", "医院", "醫院");
  /** 交通 — transport. */
  public static final UnitCategory TRANSPORT = standard("TRANSPORT", "交通", "交通");
  /** 文化 — culture (清廉文化). */
  public static final UnitCategory CULTURE = standard("CULTURE", "文化", "文化");
  /** 家庭 — families and family tradition (家风). */
  public static final UnitCategory FAMILY =
      new UnitCategory("FAMILY", "家庭", "家庭", Optional.empty(), List.of("清廉家庭", "家风", "家風", "清廉家风", "清廉家風"));
  /** 金融 — finance. */
  public static final UnitCategory FINANCE = standard("FINANCE", "金融", "金融");
  /** 工程 — construction projects (清廉工程). */
  public static final UnitCategory CONSTRUCTION = standard("CONSTRUCTION", "工程", "工程");
  /** 其他 — other. */
  public static final UnitCategory OTHER = new UnitCategory("OTHER", "其他", "其他", Optional.empty(), List.of());

  private final String code;
  private final Labels labels;
  private final Optional<String> parentCode;

  private UnitCategory(
      String code, String simplified, String traditional, Optional<String> parentCode, List<String> aliases) {
    this.code = Objects.requireNonNull(code, "code");
    this.labels = new Labels(simplified, traditional, aliases);
    this.parentCode = Objects.requireNonNull(parentCode, "parentCode");
  }

  private static UnitCategory standard(String code, String simplified, String traditional) {
    // 清廉机关 / 清廉機關 are how the field reports name them; accept those too.
    return new UnitCategory(
        code, simplified, traditional, Optional.empty(), List.of("清廉" + simplified, "清廉" + traditional));
  }

  /**
   * A category an embedding system defines, to register in a {@link UnitCategoryCatalogue}.
   *
   * @param simplified the label in simplified Chinese
   * @param traditional the label in traditional Chinese
   * @return the category
   * @param code an upper-case code such as {@code WATER_CONSERVANCY}
   * @param parentCode the code of a broader category, if any
   * @throws IllegalArgumentException when the code is not {@code [A-Z][A-Z0-9_]*}
   */
  public static UnitCategory define(
      String code, String simplified, String traditional, Optional<String> parentCode) {
    if (!code.matches("[A-Z][A-Z0-9_]{0,63}")) {
      throw new IllegalArgumentException("unit category code must match [A-Z][A-Z0-9_]*: " + code);
    }
    return new UnitCategory(code, simplified, traditional, parentCode, List.of());
  }

  /**
   * A category a record names but no catalogue lists; its labels repeat the text. The
   * validator reports it unless the embedder registers the code.
   *
   * @param text the text the record gave
   * @return the category, flagged as unlisted
   */
  public static UnitCategory unlisted(String text) {
    return new UnitCategory(text, text, text, Optional.empty(), List.of());
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** {@return the code of the broader category, if any ({@code ENTERPRISE} for {@code STATE_ENTERPRISE})} */
  public Optional<String> parentCode() {
    return parentCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnitCategory && ((UnitCategory) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
