package org.qinglian.samples.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.qinglian.io.ExchangeFormat;
import org.qinglian.io.ExchangeReader;
import org.qinglian.io.ExchangeWriter;
import org.qinglian.io.HeaderLanguage;
import org.qinglian.io.ReadOptions;
import org.qinglian.io.ReadResult;
import org.qinglian.io.WriteOptions;
import org.qinglian.samples.SampleDatasets;

/**
 * 示例：格式转换 — a vendor turns a JSON exchange into a CSV package with Chinese headers in
 * GB18030 (for colleagues on Excel), and reads it back to prove nothing was lost.
 */
public final class ConvertFormats {

  private ConvertFormats() {}

  /**
   * Runs the example in a temporary folder, printing what it does.
   *
   * @param args not used
   * @throws IOException when the temporary files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path work = Files.createTempDirectory("qinglian-convert");
    System.exit(run(new PrintStream(System.out, true, StandardCharsets.UTF_8), work) ? 0 : 1);
  }

  /**
   * Converts JSON to a Chinese-header GB18030 ZIP and back; returns whether nothing was lost.
   *
   * @param out where the example prints what it does
   * @param work a folder for the example's files
   * @return whether the round trip lost nothing
   * @throws IOException when the files cannot be written
   */
  public static boolean run(PrintStream out, Path work) throws IOException {
    Path json = work.resolve("xianyang.json");
    ExchangeWriter.write(SampleDatasets.xianyang2022(), json, ExchangeFormat.JSON, WriteOptions.defaults());

    ReadResult read = ExchangeReader.readDataset(json, ReadOptions.defaults());
    Path zip = work.resolve("xianyang-csv.zip");
    ExchangeWriter.write(read.dataset().orElseThrow(), zip, ExchangeFormat.CSV_ZIP, WriteOptions.builder()
        .headerLanguage(HeaderLanguage.CHINESE).encoding(Charset.forName("GB18030")).build());

    ReadResult back = ExchangeReader.readDataset(zip, ReadOptions.defaults());
    boolean same = back.dataset().equals(read.dataset()) && back.issues().isEmpty();
    out.println(json.getFileName() + " → " + zip.getFileName() + "：" + (same ? "无损" : "有差异 " + back.issues()));
    return same;
  }
}
