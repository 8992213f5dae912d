package org.qinglian.samples.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.WriteOptions;
import org.qinglian.model.dataset.Dataset;
import org.qinglian.model.dataset.ImmutableDataset;
import org.qinglian.model.identifier.DivisionCode;
import org.qinglian.model.unit.Unit;
import org.qinglian.model.unit.UnitCategory;
import org.qinglian.model.unit.UnitCategoryCatalogue;
import org.qinglian.samples.SampleDatasets;
import org.qinglian.validation.DatasetValidator;
import org.qinglian.validation.ValidationReport;

/**
 * 示例：登记自定义单元类别 — Qujing builds 清廉工程 and 清廉家风 as well; a city that builds
 * “清廉水利” registers the category once, for its readers (labels) and its validator.
 */
public final class CustomCategoryExample {

  private CustomCategoryExample() {}

  /**
   * Runs the example in a temporary folder, printing what it does.
   *
   * @param args not used
   * @throws IOException when the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path work = Files.createTempDirectory("qinglian-category");
    System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8), work) ? 0 : 1);
  }

  /**
   * Returns whether the unit is reported without the registration and accepted with it.
   *
   * @param out where the example prints what it does
   * @param work a folder for the example's files
   * @return whether the registration made the difference
   * @throws IOException when the files cannot be written
   */
  public static boolean run(PrintStream out, Path work) throws IOException {
    UnitCategory water = UnitCategory.define("WATER_CONSERVANCY", "水利", "水利", Optional.empty());
    UnitCategoryCatalogue catalogue = UnitCategoryCatalogue.standard().toBuilder().add(water).build();

    Dataset base = SampleDatasets.xianyang2022();
    Dataset dataset = ImmutableDataset.builder().from(base).addUnits(Unit.builder().id("XY-WATER-1")
        .name("泾阳县水利工作站").category(UnitCategory.unlisted("水利")).divisionCode(DivisionCode.of("610423")).build())
        .build();
    Path file = work.resolve("with-water.json");
    ExchangeWriter.write(dataset, file, ExchangeFormat.JSON, WriteOptions.defaults());

    ValidationReport plain = ExchangeReader.validate(file, ReadOptions.defaults(), DatasetValidator.standard());
    ValidationReport registered = ExchangeReader.validate(file, ReadOptions.builder().categories(catalogue).build(),
        DatasetValidator.builder().unitCategories(catalogue).build());
    out.println("未登记：" + plain.countsByCode() + "；登记后：" + registered.countsByCode());
    return plain.count("UNIT_CATEGORY_UNKNOWN") == 1 && registered.issues().isEmpty();
  }
}
