package org.qinglian.model.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qinglian.model.codelist.CodeLists;

/**
 * 清廉单元类别目录 — the catalogue of unit categories in force for one embedding system: the
 * standard categories plus any it registers. Immutable and safe to share.
 */
public final class UnitCategoryCatalogue {

  private static final UnitCategoryCatalogue STANDARD =
      builder()
          .add(UnitCategory.ORGAN)
          .add(UnitCategory.ENTERPRISE)
          .add(UnitCategory.STATE_ENTERPRISE)
          .add(UnitCategory.PRIVATE_ENTERPRISE)
          .add(UnitCategory.VILLAGE_COMMUNITY)
          .add(UnitCategory.SCHOOL)
          .add(UnitCategory.HOSPITAL)
          .add(UnitCategory.TRANSPORT)
          .add(UnitCategory.CULTURE)
          .add(UnitCategory.FAMILY)
          .add(UnitCategory.FINANCE)
          .add(UnitCategory.CONSTRUCTION)
          .add(UnitCategory.OTHER)
          .build();

  private final Map<String, UnitCategory> byCode;
  private final Map<String, UnitCategory> index;

  private UnitCategoryCatalogue(Map<String, UnitCategory> byCode) {
    this.byCode = byCode;
    this.index = CodeLists.index(byCode.values());
  }

  /** {@return the standard catalogue (docs/code-lists.md)} */
  public static UnitCategoryCatalogue standard() {
    return STANDARD;
  }

  /** {@return an empty builder; start from {@link #toBuilder()} of {@link #standard()} to extend it} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this catalogue's categories} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    byCode.values().forEach(builder::add);
    return builder;
  }

  /**
   * {@return the category whose code or label is {@code text}}
   *
   * @param text a code or a label
   */
  public Optional<UnitCategory> find(String text) {
    return CodeLists.lookup(index, text);
  }

  /**
   * {@return whether the catalogue lists {@code category}'s code}
   *
   * @param category the category
   */
  public boolean contains(UnitCategory category) {
    return byCode.containsKey(category.code());
  }

  /**
   * Whether {@code category} is {@code ancestor} or lies under it ({@code STATE_ENTERPRISE}
   * is an {@code ENTERPRISE}).
   *
   * @param category the category to test
   * @param ancestor the broader category
   * @return whether {@code category} falls under {@code ancestor}
   */
  public boolean isA(UnitCategory category, UnitCategory ancestor) {
    Optional<UnitCategory> current = Optional.of(category);
    while (current.isPresent()) {
      if (current.get().equals(ancestor)) {
        return true;
      }
      current = current.get().parentCode().map(byCode::get);
    }
    return false;
  }

  /** {@return all categories, in registration order} */
  public List<UnitCategory> all() {
    return List.copyOf(byCode.values());
  }

  /** 单位类别目录构建器 — builds a catalogue; parents must be registered and labels unambiguous. */
  public static final class Builder {
    private final Map<String, UnitCategory> byCode = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a category, replacing one of the same code.
     *
     * @param category the category; its parent must be in the catalogue when it is built
     * @return this builder
     */
    public Builder add(UnitCategory category) {
      byCode.put(category.code(), category);
      return this;
    }

    /**
     * Registers several categories.
     *
     * @param categories the categories
     * @return this builder
     */
    public Builder addAll(Collection<UnitCategory> categories) {
      categories.forEach(this::add);
      return this;
    }

    /**
     * The catalogue.
     *
     * @return the catalogue
     * @throws IllegalArgumentException when a parent is missing, parents form a cycle, or
     *     two categories claim the same label
     */
    public UnitCategoryCatalogue build() {
      for (UnitCategory category : byCode.values()) {
        List<String> path = new ArrayList<>();
        Optional<String> parent = category.parentCode();
        path.add(category.code());
        while (parent.isPresent()) {
          UnitCategory next = byCode.get(parent.get());
          if (next == null) {
            throw new IllegalArgumentException(
                "unit category " + category.code() + " names parent " + parent.get() + ", which is not registered");
          }
          if (path.contains(next.code())) {
            throw new IllegalArgumentException("unit category parents form a cycle: " + path);
          }
          path.add(next.code());
          parent = next.parentCode();
        }
      }
      return new UnitCategoryCatalogue(Collections.unmodifiableMap(new LinkedHashMap<>(byCode)));
    }
  }
}
