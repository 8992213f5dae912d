package org.qinglian.samples;

import java.io.IOException;
import org.qinglian.model.GovernanceRecord;
import org.qinglian.model.dataset.DatasetHeader;
import org.qinglian.model.dataset.DeclaredTotals;

/** 生成接收器 — receives a generated dataset in order: header, totals, records type by type. */
public interface GeneratorSink {

  /**
   * Takes the header, which comes first.
   *
   * @param header the dataset header
   * @throws IOException when it cannot be written
   */
  void header(DatasetHeader header) throws IOException;

  /**
   * Takes the declared totals, which come after the header.
   *
   * @param totals the declared totals
   * @throws IOException when they cannot be written
   */
  void declaredTotals(DeclaredTotals totals) throws IOException;

  /**
   * Takes one record; records come type by type.
   *
   * @param record the record
   * @throws IOException when it cannot be written
   */
  void record(GovernanceRecord record) throws IOException;
}
