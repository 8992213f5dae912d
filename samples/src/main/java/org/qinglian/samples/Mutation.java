package org.qinglian.samples;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.qinglian.model.dataset.Dataset;

/**
 * 缺陷注入 — one deliberate defect and the rule code it must trigger. Most change a dataset
 * in memory; a few ({@code PARSE_ERROR}, {@code UNKNOWN_FIELD}) can only live in a file and
 * change the JSON Lines text of one.
 */
public final class Mutation {

  private final String code;
  private final String description;
  private final UnaryOperator<Dataset> datasetEdit;
  private final UnaryOperator<List<String>> linesEdit;

  private Mutation(String code, String description, UnaryOperator<Dataset> datasetEdit,
      UnaryOperator<List<String>> linesEdit) {
    this.code = Objects.requireNonNull(code);
    this.description = Objects.requireNonNull(description);
    this.datasetEdit = datasetEdit;
    this.linesEdit = linesEdit;
  }

  static Mutation ofDataset(String code, String description, UnaryOperator<Dataset> edit) {
    return new Mutation(code, description, edit, null);
  }

  static Mutation ofJsonLines(String code, String description, UnaryOperator<List<String>> edit) {
    return new Mutation(code, description, null, edit);
  }

  /** {@return the rule code the defect triggers} */
  public String code() {
    return code;
  }

  /** {@return what the defect is, in English} */
  public String description() {
    return description;
  }

  /** {@return whether the defect lives in a file (apply {@link #applyToJsonLines}) rather than a dataset} */
  public boolean isFileLevel() {
    return linesEdit != null;
  }

  /**
   * The dataset with the defect planted.
   *
   * @param dataset a valid dataset
   * @return the dataset with the defect planted
   * @throws IllegalStateException for a file-level mutation
   * @throws IllegalArgumentException when the dataset has nothing to plant it in
   */
  public Dataset apply(Dataset dataset) {
    if (datasetEdit == null) {
      throw new IllegalStateException(code + " is planted in a file: use applyToJsonLines");
    }
    return datasetEdit.apply(dataset);
  }

  /**
   * The lines of a JSON Lines file with the defect planted.
   *
   * @param lines the lines of a valid JSON Lines file
   * @return the lines with the defect planted
   * @throws IllegalStateException for a dataset-level mutation
   */
  public List<String> applyToJsonLines(List<String> lines) {
    if (linesEdit == null) {
      throw new IllegalStateException(code + " is planted in a dataset: use apply");
    }
    return linesEdit.apply(lines);
  }

  @Override
  public String toString() {
    return code + ": " + description;
  }
}
